#pragma once

#include "Worker.h"

#include <QObject>
#include <type_traits>

namespace linli {

class Backend;

// Answers that come back after the kiosk forgot what they were for (a person
// who walked away, a draft that was reset) are dropped: whoever asks keeps a
// Generation and moves it on when it forgets.
class Generation
{
public:
    quint64 current() const { return m_value; }
    bool isCurrent(quint64 value) const { return value == m_value; }
    void forget() { ++m_value; }

private:
    quint64 m_value = 0;
};

// One service on the database worker, as the UI thread reaches it: the call
// runs on the worker with the service, the answer comes back on the asking
// object's thread. Nothing here blocks the UI thread.
template<typename Service>
class Remote
{
public:
    using Accessor = Service &(Backend::*)();

    Remote(Worker &worker, Backend *backend, Accessor accessor)
        : m_worker(&worker)
        , m_backend(backend)
        , m_accessor(accessor)
    {
    }

    // call(Service &) on the worker; a future of what it returns.
    template<typename Call>
    auto run(Call call) const
    {
        Backend *backend = m_backend;
        const Accessor accessor = m_accessor;
        return m_worker->run([backend, accessor, call = std::move(call)]() mutable { return call((backend->*accessor)()); });
    }

    // call on the worker, then answer(result) on context's thread, unless
    // context is gone or `generation` moved on meanwhile.
    template<typename Call, typename Answer>
    void ask(QObject *context, const Generation &generation, Call call, Answer answer) const
    {
        using Result = std::invoke_result_t<Call, Service &>;
        const Generation *asker = &generation;
        const quint64 askedAt = generation.current();
        auto future = run(std::move(call));
        if constexpr (std::is_void_v<Result>) {
            future.then(context, [asker, askedAt, answer = std::move(answer)]() mutable {
                if (asker->isCurrent(askedAt))
                    answer();
            });
        } else {
            future.then(context, [asker, askedAt, answer = std::move(answer)](const Result &result) mutable {
                if (asker->isCurrent(askedAt))
                    answer(result);
            });
        }
    }

private:
    Worker *m_worker;
    Backend *m_backend;
    Accessor m_accessor;
};

} // namespace linli
