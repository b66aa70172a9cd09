#include "db/JukiInquiryRepository.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

void setError(ApiError* error, const PgResult& r, const QString& operation)
{
    if (error)
        *error = ApiError::fromResult(r, operation);
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString q = value;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace

bool JukiInquiryRepository::create(qint64 recipientId, const QString& reason, QString* inquiryNo,
                                   ApiError* error)
{
    const PgResult r = m_session.exec(
        u"SELECT inquiry_id, inquiry_no FROM kohi_api.juki_inquiry_create($1::bigint, $2)"_s,
        {QByteArray::number(recipientId), reason.toUtf8()});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r, u"kohi_api.juki_inquiry_create"_s);
        return false;
    }
    if (inquiryNo)
        *inquiryNo = r.first(u"inquiry_no"_s).toString();
    return true;
}

QList<JukiInquiry> JukiInquiryRepository::list(const QString& state, bool markExported,
                                               ApiError* error) const
{
    QList<JukiInquiry> list;
    const PgResult r = m_session.exec(
        u"SELECT inquiry_id, inquiry_no, programme, recipient_id, recipient_number, name, kana,"
        " to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex, address, municipality_code,"
        " reason, state, (extract(epoch FROM exported_at) * 1000)::bigint AS exported_ms"
        " FROM kohi_api.juki_inquiries($1, $2::boolean)"_s,
        {state.toUtf8(), markExported ? "true" : "false"});
    if (!r.ok) {
        setError(error, r, u"kohi_api.juki_inquiries"_s);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        JukiInquiry q;
        q.id = r.value(i, u"inquiry_id"_s).toLongLong();
        q.inquiryNo = r.value(i, u"inquiry_no"_s).toString();
        q.programme = r.value(i, u"programme"_s).toString();
        q.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        q.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        q.name = r.value(i, u"name"_s).toString();
        q.kana = r.value(i, u"kana"_s).toString();
        q.birthDate = QDate::fromString(r.value(i, u"birth_date"_s).toString(), Qt::ISODate);
        q.sex = r.value(i, u"sex"_s).toInt();
        q.address = r.value(i, u"address"_s).toString();
        q.municipalityCode = r.value(i, u"municipality_code"_s).toString();
        q.reason = r.value(i, u"reason"_s).toString();
        q.state = r.value(i, u"state"_s).toString();
        if (!r.value(i, u"exported_ms"_s).isNull())
            q.exportedAt =
                QDateTime::fromMSecsSinceEpoch(r.value(i, u"exported_ms"_s).toLongLong());
        list << q;
    }
    return list;
}

QList<JukiReviewItem> JukiInquiryRepository::reviewList(ApiError* error) const
{
    QList<JukiReviewItem> list;
    const PgResult r = m_session.exec(
        u"SELECT import_id, line, inquiry_no, outcome, reason, message, recipient_id,"
        " recipient_number, name, kana, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex,"
        " file_kana, to_char(file_birth_date, 'YYYY-MM-DD') AS file_birth_date, file_sex,"
        " imported_by FROM kohi_api.juki_review_list()"_s);
    if (!r.ok) {
        setError(error, r, u"kohi_api.juki_review_list"_s);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        JukiReviewItem v;
        v.importId = r.value(i, u"import_id"_s).toLongLong();
        v.line = r.value(i, u"line"_s).toInt();
        v.inquiryNo = r.value(i, u"inquiry_no"_s).toString();
        v.outcome = r.value(i, u"outcome"_s).toString();
        v.reason = r.value(i, u"reason"_s).toString();
        v.message = r.value(i, u"message"_s).toString();
        v.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        v.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        v.name = r.value(i, u"name"_s).toString();
        v.kana = r.value(i, u"kana"_s).toString();
        v.birthDate = QDate::fromString(r.value(i, u"birth_date"_s).toString(), Qt::ISODate);
        v.sex = r.value(i, u"sex"_s).toInt();
        v.fileKana = r.value(i, u"file_kana"_s).toString();
        v.fileBirthDate =
            QDate::fromString(r.value(i, u"file_birth_date"_s).toString(), Qt::ISODate);
        v.fileSex = r.value(i, u"file_sex"_s).toInt();
        v.importedBy = r.value(i, u"imported_by"_s).toString();
        list << v;
    }
    return list;
}

bool JukiInquiryRepository::resolve(qint64 importId, int line, const QString& action,
                                    const QString& note, QString* newInquiryNo, ApiError* error)
{
    const PgResult r = m_session.exec(
        u"SELECT new_inquiry_no FROM kohi_api.juki_review_resolve($1::bigint, $2::int, $3, $4)"_s,
        {QByteArray::number(importId), QByteArray::number(line), action.toUtf8(), note.toUtf8()});
    if (!r.ok) {
        setError(error, r, u"kohi_api.juki_review_resolve"_s);
        return false;
    }
    if (newInquiryNo)
        *newInquiryNo = r.first(u"new_inquiry_no"_s).toString();
    return true;
}

bool JukiInquiryRepository::createDemo(const Session& dba, const QList<DemoInquiryRow>& rows,
                                       int* created, ApiError* error)
{
    QJsonArray array;
    for (const DemoInquiryRow& d : rows)
        array.append(QJsonObject{{u"inquiry_no"_s, d.inquiryNo},
                                 {u"programme"_s, d.programme},
                                 {u"name"_s, d.name},
                                 {u"kana"_s, d.kana},
                                 {u"birth_date"_s, d.birthDate.toString(Qt::ISODate)},
                                 {u"sex"_s, d.sex},
                                 {u"address"_s, d.address},
                                 {u"municipality_code"_s, d.municipalityCode}});
    const PgResult r = dba.exec(u"SELECT kohi.demo_juki_inquiries($1::jsonb) AS n"_s,
                                {QJsonDocument(array).toJson(QJsonDocument::Compact)});
    if (!r.ok) {
        setError(error, r, u"kohi.demo_juki_inquiries"_s);
        return false;
    }
    if (created)
        *created = r.first(u"n"_s).toInt();
    return true;
}

QByteArray JukiInquiryRepository::exportCsv(const QList<JukiInquiry>& inquiries)
{
    QString out = u"照会番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード\r\n"_s;
    for (const JukiInquiry& q : inquiries)
        out += QStringList{q.inquiryNo,
                           csvField(q.name),
                           csvField(q.kana),
                           q.birthDate.toString(u"yyyyMMdd"_s),
                           QString::number(q.sex),
                           csvField(q.address),
                           q.municipalityCode}
                   .join(u',') +
               u"\r\n"_s;
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kohi::db
