#include "db/EvidenceRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QByteArray idOrNull(qint64 id)
{
    return id > 0 ? QByteArray::number(id) : QByteArray();
}

// Timestamps travel as epoch milliseconds (no time-zone parsing on the client).
QDateTime fromMs(const QVariant& v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime()
                                                : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

bool isTrue(const QVariant& v)
{
    return v.toString() == u"t"_s || v.toString() == u"true"_s;
}

} // namespace

bool EvidenceRepository::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<QList<EvidenceAreaClass>> EvidenceRepository::areaClasses()
{
    const PgResult r =
        m_session.exec(u"SELECT code, label, staff_only FROM kohi_api.evidence_area_classes()"_s);
    if (failed(r))
        return std::nullopt;
    QList<EvidenceAreaClass> list;
    for (int i = 0; i < r.rows.size(); ++i)
        list << EvidenceAreaClass{r.value(i, u"code"_s).toString(),
                                  r.value(i, u"label"_s).toString(),
                                  isTrue(r.value(i, u"staff_only"_s))};
    return list;
}

std::optional<QList<EvidenceCabinet>> EvidenceRepository::cabinets(bool includeRetired)
{
    const PgResult r = m_session.exec(
        u"SELECT id, label, location, area_class, area_label, staff_only, registered_by,"
        " (extract(epoch FROM registered_at) * 1000)::bigint AS registered_ms,"
        " (extract(epoch FROM retired_at) * 1000)::bigint AS retired_ms"
        " FROM kohi_api.evidence_cabinets($1::boolean)"_s,
        {includeRetired ? "true" : "false"});
    if (failed(r))
        return std::nullopt;
    QList<EvidenceCabinet> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        EvidenceCabinet c;
        c.id = r.value(i, u"id"_s).toLongLong();
        c.label = r.value(i, u"label"_s).toString();
        c.location = r.value(i, u"location"_s).toString();
        c.areaClass = r.value(i, u"area_class"_s).toString();
        c.areaLabel = r.value(i, u"area_label"_s).toString();
        c.staffOnly = isTrue(r.value(i, u"staff_only"_s));
        c.registeredBy = r.value(i, u"registered_by"_s).toString();
        c.registeredAt = fromMs(r.value(i, u"registered_ms"_s));
        c.retiredAt = fromMs(r.value(i, u"retired_ms"_s));
        list << c;
    }
    return list;
}

std::optional<qint64> EvidenceRepository::registerCabinet(const QString& label,
                                                          const QString& location,
                                                          const QString& areaClass)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.evidence_cabinet_register($1, $2, $3) AS id"_s,
                       {json::param(label), json::param(location), json::param(areaClass)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"id"_s).toLongLong();
}

bool EvidenceRepository::retireCabinet(qint64 cabinetId)
{
    return !failed(m_session.exec(u"SELECT kohi_api.evidence_cabinet_retire($1::bigint)"_s,
                                  {idOrNull(cabinetId)}));
}

std::optional<qint64> EvidenceRepository::registerDocument(const NewEvidenceDocument& d)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.evidence_register($1::bigint, $2::bigint, $3, $4, $5::date,"
        " $6::bigint) AS id"_s,
        {idOrNull(d.recipientId), idOrNull(d.applicationId), json::param(d.kind),
         json::param(d.description), json::param(d.receivedOn), idOrNull(d.cabinetId)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"id"_s).toLongLong();
}

std::optional<QList<EvidenceDocument>> EvidenceRepository::documents(qint64 recipientId,
                                                                     qint64 cabinetId)
{
    const PgResult r = m_session.exec(
        u"SELECT id, recipient_id, recipient_number, recipient_name, application_id, kind,"
        " description, received_on, received_by, cabinet_id, cabinet_label, state,"
        " (extract(epoch FROM checked_out_at) * 1000)::bigint AS checked_out_ms, checked_out_by,"
        " checkout_reason, overdue"
        " FROM kohi_api.evidence_documents($1::bigint, $2::bigint)"_s,
        {idOrNull(recipientId), idOrNull(cabinetId)});
    if (failed(r))
        return std::nullopt;
    QList<EvidenceDocument> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        EvidenceDocument d;
        d.id = r.value(i, u"id"_s).toLongLong();
        d.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        d.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        d.recipientName = r.value(i, u"recipient_name"_s).toString();
        d.applicationId = r.value(i, u"application_id"_s).toLongLong();
        d.kind = r.value(i, u"kind"_s).toString();
        d.description = r.value(i, u"description"_s).toString();
        d.receivedOn = QDate::fromString(r.value(i, u"received_on"_s).toString(), Qt::ISODate);
        d.receivedBy = r.value(i, u"received_by"_s).toString();
        d.cabinetId = r.value(i, u"cabinet_id"_s).toLongLong();
        d.cabinetLabel = r.value(i, u"cabinet_label"_s).toString();
        d.state = r.value(i, u"state"_s).toString();
        d.checkedOutAt = fromMs(r.value(i, u"checked_out_ms"_s));
        d.checkedOutBy = r.value(i, u"checked_out_by"_s).toString();
        d.checkoutReason = r.value(i, u"checkout_reason"_s).toString();
        d.overdue = isTrue(r.value(i, u"overdue"_s));
        list << d;
    }
    return list;
}

bool EvidenceRepository::checkOut(qint64 documentId, const QString& reason)
{
    return !failed(m_session.exec(u"SELECT kohi_api.evidence_check_out($1::bigint, $2)"_s,
                                  {idOrNull(documentId), json::param(reason)}));
}

bool EvidenceRepository::returnDocument(qint64 documentId, qint64 cabinetId, const QString& reason)
{
    return !failed(
        m_session.exec(u"SELECT kohi_api.evidence_return($1::bigint, $2::bigint, $3)"_s,
                       {idOrNull(documentId), idOrNull(cabinetId), json::param(reason)}));
}

std::optional<QList<EvidenceMovement>> EvidenceRepository::history(qint64 documentId)
{
    const PgResult r =
        m_session.exec(u"SELECT (extract(epoch FROM at) * 1000)::bigint AS at_ms, kind, by_login,"
                       " cabinet_label, reason FROM kohi_api.evidence_history($1::bigint)"_s,
                       {idOrNull(documentId)});
    if (failed(r))
        return std::nullopt;
    QList<EvidenceMovement> list;
    for (int i = 0; i < r.rows.size(); ++i)
        list << EvidenceMovement{fromMs(r.value(i, u"at_ms"_s)), r.value(i, u"kind"_s).toString(),
                                 r.value(i, u"by_login"_s).toString(),
                                 r.value(i, u"cabinet_label"_s).toString(),
                                 r.value(i, u"reason"_s).toString()};
    return list;
}

} // namespace kohi::db
