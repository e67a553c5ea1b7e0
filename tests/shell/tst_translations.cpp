// Every sentence the kiosk shows has its English translation: a missing one
// would show Chinese in the middle of an English screen.
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(LINLI_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), LINLI_TS_FILE);
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("\"%1\" is %2").arg(source, type)));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("\"%1\" has no English").arg(source)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
