#pragma once

// What every linli-bench figure shares: one line "BENCH <name> <value>" per
// figure, medians, and failing by throwing (so temporary folders go).

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace bench {

struct BenchError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const QString &message)
{
    throw BenchError(message.toStdString());
}

inline void printFigure(const char *name, double value, int decimals)
{
    std::printf("BENCH %s %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The value below which `share` (0..1) of the values lie.
inline double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    const qsizetype at = qMin(values.size() - 1, qsizetype(share * double(values.size())));
    return values[at];
}

} // namespace bench
