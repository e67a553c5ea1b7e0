#include "PersonExport.h"

#include "RollStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace linli {

namespace person_export {

std::optional<CardHolder> parsePersonId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([DdSs]?)([1-9][0-9]{0,17})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = m.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString prefix = m.captured(1).toUpper();
    const HolderKind kind = prefix == u"D" ? HolderKind::Driver : prefix == u"S" ? HolderKind::Staff : HolderKind::Resident;
    return CardHolder{kind, id};
}

QString personId(CardHolder person)
{
    const QString prefix = person.kind == HolderKind::Driver ? QStringLiteral("D")
        : person.kind == HolderKind::Staff                   ? QStringLiteral("S")
                                                             : QString();
    return prefix + QString::number(person.id);
}

QString tableOf(HolderKind kind)
{
    switch (kind) {
    case HolderKind::Resident: return QStringLiteral("resident");
    case HolderKind::Driver: return QStringLiteral("driver");
    case HolderKind::Staff: return QStringLiteral("staff");
    }
    return {};
}

bool isSecret(const QString &table, const QString &column)
{
    // A card's UID hash opens the card; a PIN's salt and key let anyone try every PIN offline.
    static const QList<std::pair<QString, QString>> secrets = {
        {QStringLiteral("card"), QStringLiteral("uid_hash")},
        {QStringLiteral("staff"), QStringLiteral("pin_salt")},
        {QStringLiteral("staff"), QStringLiteral("pin_hash")},
    };
    return secrets.contains({table, column});
}

} // namespace person_export

using namespace person_export;

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toBase64());
    default: return value.toString();
    }
}

QJsonArray jsonRows(const QString &table, const QList<QVariantMap> &rows)
{
    QJsonArray array;
    for (const QVariantMap &row : rows) {
        QJsonObject object;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            if (!isSecret(table, it.key()))
                object.insert(it.key(), jsonValue(it.value()));
        array.append(object);
    }
    return array;
}

} // namespace

std::optional<QList<ForeignKey>> PersonExport::references(HolderKind kind)
{
    const std::optional<QList<ForeignKey>> keys = m_db.foreignKeys();
    if (!keys)
        return std::nullopt;
    QList<ForeignKey> toPerson;
    for (const ForeignKey &key : *keys)
        if (key.references == tableOf(kind))
            toPerson.append(key);
    return toPerson;
}

PersonExportResult PersonExport::exportPerson(CardHolder person)
{
    PersonExportResult result;
    RollStore store(m_db);
    const QString table = tableOf(person.kind);
    const std::optional<QList<QVariantMap>> own = store.personRow(table, person.id);
    const std::optional<QList<ForeignKey>> references = this->references(person.kind);
    if (!own || !references) {
        result.error = m_db.errorString();
        return result;
    }
    if (own->isEmpty()) {
        result.error = QStringLiteral("there is no %1 %2 (a resident is 12, a driver D3, a staff member S2)")
                           .arg(table, personId(person));
        return result;
    }

    QJsonObject document;
    document.insert(QStringLiteral("person"), personId(person));
    document.insert(QStringLiteral("kind"), table);
    document.insert(QStringLiteral("row"), jsonRows(table, *own).first());
    QJsonObject others;
    for (const ForeignKey &key : *references) {
        const std::optional<QList<QVariantMap>> rows = store.rowsReferring(key, person.id);
        if (!rows) {
            result.error = m_db.errorString();
            return result;
        }
        const QJsonArray array = jsonRows(key.table, *rows);
        // Their cards and their history by name; every other reference by table and column.
        if (key.column == holderColumn(person.kind) && key.table == u"card")
            document.insert(QStringLiteral("cards"), array);
        else if (key.column == holderColumn(person.kind) && key.table == u"person_change")
            document.insert(QStringLiteral("history"), array);
        else
            others.insert(key.table + u'.' + key.column, array);
    }
    document.insert(QStringLiteral("referring"), others);
    result.found = true;
    result.json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace linli
