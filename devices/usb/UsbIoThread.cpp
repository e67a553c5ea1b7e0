#include "UsbIoThread.h"

namespace linli {

UsbIoThread::UsbIoThread(std::unique_ptr<UsbLink> link, Loop loop, std::function<void()> ended)
    : m_link(std::move(link))
{
    m_thread = std::thread([this, loop = std::move(loop), ended = std::move(ended)] {
        loop(*this);
        ended();
    });
}

UsbIoThread::~UsbIoThread()
{
    requestStop();
    m_thread.join();
}

void UsbIoThread::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
}

bool UsbIoThread::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

void UsbIoThread::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_all();
}

std::optional<UsbIoThread::Task> UsbIoThread::nextTask(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_stopping || !m_tasks.empty(); });
    if (m_stopping || m_tasks.empty())
        return std::nullopt;
    Task task = std::move(m_tasks.front());
    m_tasks.pop_front();
    return task;
}

bool UsbIoThread::pause(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_stopping; });
    return !m_stopping;
}

} // namespace linli
