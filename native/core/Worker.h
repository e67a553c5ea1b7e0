#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace linli {

// One thread for all database work, so the UI thread never waits for SQLite
// or fsync. Jobs run in order; their results come back as futures whose
// .then(context, ...) continuations run on the caller's thread.
class Worker
{
public:
    Worker();
    ~Worker(); // stop()
    // Runs what is queued, then ends the thread; run() must not be called after.
    void stop();

    template<typename Function>
    auto run(Function &&function) -> QFuture<std::invoke_result_t<Function>>
    {
        using Result = std::invoke_result_t<Function>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [promise, function = std::forward<Function>(function)]() mutable {
                if constexpr (std::is_void_v<Result>) {
                    function();
                } else {
                    promise->addResult(function());
                }
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace linli
