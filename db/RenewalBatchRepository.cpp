#include "db/RenewalBatchRepository.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QByteArray dateParam(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray();
}

QDate dateAt(const PgResult& r, int row, const QString& column)
{
    return QDate::fromString(r.value(row, column).toString(), Qt::ISODate);
}

QString text(const PgResult& r, int row, const QString& column)
{
    return r.value(row, column).toString();
}

} // namespace

bool RenewalBatchRepository::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<RenewalBatchRepository::Created>
RenewalBatchRepository::create(const QString& programme, const QDate& validTo,
                               const QDate& noticeDate, const QDate& deadline, int partSize)
{
    const PgResult r = m_session.exec(
        u"SELECT batch_id, recipients FROM kohi_api.renewal_batch_create($1, $2::date, $3::date,"
        " $4::date, $5::int)"_s,
        {programme.toUtf8(), dateParam(validTo), dateParam(noticeDate), dateParam(deadline),
         QByteArray::number(partSize)});
    if (failed(r))
        return std::nullopt;
    return Created{r.first(u"batch_id"_s).toLongLong(), r.first(u"recipients"_s).toInt()};
}

std::optional<QList<RenewalBatchStatus>> RenewalBatchRepository::status(qint64 id)
{
    const PgResult r = m_session.exec(u"SELECT * FROM kohi_api.renewal_batch_status($1::bigint)"_s,
                                      {id > 0 ? QByteArray::number(id) : QByteArray()});
    if (failed(r))
        return std::nullopt;
    QList<RenewalBatchStatus> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        RenewalBatchStatus s;
        s.id = r.value(i, u"batch_id"_s).toLongLong();
        s.programme = text(r, i, u"programme"_s);
        s.validTo = dateAt(r, i, u"valid_to"_s);
        s.noticeDate = dateAt(r, i, u"notice_date"_s);
        s.deadline = dateAt(r, i, u"deadline"_s);
        s.state = text(r, i, u"state"_s);
        s.createdBy = text(r, i, u"created_by"_s);
        s.createdAt = QDateTime::fromString(text(r, i, u"created_at"_s), Qt::ISODateWithMs);
        s.recipients = r.value(i, u"recipients"_s).toInt();
        s.noticesGenerated = r.value(i, u"notices_generated"_s).toInt();
        s.noticesClaimed = r.value(i, u"notices_claimed"_s).toInt();
        s.parts = r.value(i, u"parts"_s).toInt();
        s.partsDone = r.value(i, u"parts_done"_s).toInt();
        s.received = r.value(i, u"received"_s).toInt();
        s.approved = r.value(i, u"approved"_s).toInt();
        s.certificatesPrinted = r.value(i, u"certificates_printed"_s).toInt();
        list << s;
    }
    return list;
}

std::optional<QList<RenewalNotice>> RenewalBatchRepository::claimNotices(qint64 batchId)
{
    const PgResult r = m_session.exec(u"SELECT * FROM kohi_api.renewal_notice_claim($1::bigint)"_s,
                                      {QByteArray::number(batchId)});
    if (failed(r))
        return std::nullopt;
    QList<RenewalNotice> notices;
    notices.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        RenewalNotice n;
        n.seq = r.value(i, u"seq"_s).toInt();
        n.part = r.value(i, u"part"_s).toInt();
        n.healthCentre = text(r, i, u"health_centre"_s);
        n.healthCentreName = text(r, i, u"health_centre_name"_s);
        n.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        n.recipientNumber = text(r, i, u"recipient_number"_s);
        n.publicPayerNumber = text(r, i, u"public_payer_number"_s);
        n.programmeName = text(r, i, u"programme_name"_s);
        n.familyName = text(r, i, u"family_name"_s);
        n.givenName = text(r, i, u"given_name"_s);
        n.familyNameKana = text(r, i, u"family_name_kana"_s);
        n.givenNameKana = text(r, i, u"given_name_kana"_s);
        n.birthDate = dateAt(r, i, u"birth_date"_s);
        n.sex = r.value(i, u"sex"_s).toInt();
        n.postalCode = text(r, i, u"postal_code"_s);
        n.address = text(r, i, u"address"_s);
        n.municipalityName = text(r, i, u"municipality_name"_s);
        n.phone = text(r, i, u"phone"_s);
        n.guardianName = text(r, i, u"guardian_name"_s);
        n.guardianRelationship = text(r, i, u"guardian_relationship"_s);
        n.insurerNumber = text(r, i, u"insurer_number"_s);
        n.insuranceSymbol = text(r, i, u"insurance_symbol"_s);
        n.insuranceNumber = text(r, i, u"insurance_number"_s);
        n.diseaseName = text(r, i, u"disease_name"_s);
        n.incomeTierLabel = text(r, i, u"income_tier_label"_s);
        if (const QVariant cap = r.value(i, u"monthly_cap"_s); !cap.isNull())
            n.monthlyCap = cap.toInt();
        n.validFrom = dateAt(r, i, u"valid_from"_s);
        n.validTo = dateAt(r, i, u"valid_to"_s);
        n.noticeDate = dateAt(r, i, u"notice_date"_s);
        n.deadline = dateAt(r, i, u"deadline"_s);
        notices << n;
    }
    return notices;
}

bool RenewalBatchRepository::noticesDone(qint64 batchId, int part, const QString& fileName)
{
    return !failed(
        m_session.exec(u"SELECT kohi_api.renewal_notice_done($1::bigint, $2::int, $3)"_s,
                       {QByteArray::number(batchId), QByteArray::number(part), fileName.toUtf8()}));
}

bool RenewalBatchRepository::cancel(qint64 batchId, const QString& reason)
{
    return !failed(m_session.exec(u"SELECT kohi_api.renewal_batch_cancel($1::bigint, $2)"_s,
                                  {QByteArray::number(batchId), reason.toUtf8()}));
}

std::optional<int> RenewalBatchRepository::resume(qint64 batchId)
{
    const PgResult r = m_session.exec(u"SELECT kohi_api.renewal_batch_resume($1::bigint) AS n"_s,
                                      {QByteArray::number(batchId)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toInt();
}

std::optional<QList<RenewalItem>>
RenewalBatchRepository::items(qint64 batchId, const QString& filter, int afterSeq, int limit)
{
    const PgResult r = m_session.exec(
        u"SELECT * FROM kohi_api.renewal_batch_items($1::bigint, $2, $3::int, $4::int)"_s,
        {QByteArray::number(batchId), filter.toUtf8(), QByteArray::number(afterSeq),
         QByteArray::number(limit)});
    if (failed(r))
        return std::nullopt;
    QList<RenewalItem> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        RenewalItem item;
        item.seq = r.value(i, u"seq"_s).toInt();
        item.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        item.recipientNumber = text(r, i, u"recipient_number"_s);
        item.name = text(r, i, u"name"_s);
        item.healthCentreName = text(r, i, u"health_centre_name"_s);
        item.noticeState = text(r, i, u"notice_state"_s);
        item.renewalApplicationId = r.value(i, u"renewal_application_id"_s).toLongLong();
        item.renewalState = text(r, i, u"renewal_state"_s);
        item.certificatePrintedAt =
            QDateTime::fromString(text(r, i, u"certificate_printed_at"_s), Qt::ISODateWithMs);
        list << item;
    }
    return list;
}

std::optional<int> RenewalBatchRepository::certificatesPrinted(qint64 batchId,
                                                               const QList<int>& seqs)
{
    QStringList values;
    for (int seq : seqs)
        values << QString::number(seq);
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.renewal_certificates_printed($1::bigint, $2::int[]) AS n"_s,
        {QByteArray::number(batchId), (u"{"_s + values.join(u',') + u"}"_s).toUtf8()});
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toInt();
}

} // namespace kohi::db
