#pragma once

// A driver's I/O thread on one claimed interface: it runs the driver's loop
// (blocking libusb transfers with timeouts) until the loop returns, because
// the device is gone, or the driver lets go. Other threads hand it work with
// post(). The GUI thread never waits on USB.

#include "UsbLink.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace linli {

class UsbIoThread
{
public:
    using Task = std::function<void()>;
    using Loop = std::function<void(UsbIoThread &)>;

    // Starts loop on a new thread; ended runs on that thread once loop returned.
    UsbIoThread(std::unique_ptr<UsbLink> link, Loop loop, std::function<void()> ended);
    // Asks the loop to stop, waits for it, then closes the link.
    ~UsbIoThread();

    UsbLink &link() { return *m_link; }
    bool stopping() const;
    // Asks the loop to return soon, without waiting for it.
    void requestStop();

    // From any thread: queue work for the loop (it picks it up in nextTask()).
    void post(Task task);
    // In the loop: the next queued task, waiting up to timeoutMs; nullopt on
    // timeout or when stopping.
    std::optional<Task> nextTask(int timeoutMs);
    // In the loop: wait timeoutMs without taking tasks; false when stopping.
    bool pause(int timeoutMs);

private:
    std::unique_ptr<UsbLink> m_link;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace linli
