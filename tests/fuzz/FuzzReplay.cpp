// The replay runner: feeds every file of the given folders (or the given
// files) to the target's LLVMFuzzerTestOneInput, once each, in name order.
// Linked into each target's replay program in every build, so that ctest
// runs the checked-in corpus with any compiler; a property that fails
// aborts the program. An empty or missing corpus is a failure too: a test
// that checks nothing must not pass.

#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files, QDir::Name))
                files.append(file.filePath());
        } else if (info.isFile()) {
            files.append(path);
        } else {
            std::fprintf(stderr, "no such corpus: %s\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER_OR_FILE... (none of them holds an input)\n", argv[0]);
        return 2;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(QFileInfo(path).fileName()), qint64(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
    std::printf("%lld inputs replayed, every property held\n", qint64(files.size()));
    return 0;
}
