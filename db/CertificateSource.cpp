#include "db/CertificateSource.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::db {

std::optional<QJsonObject> CertificateSource::object(const QString& sql, qint64 id)
{
    const PgResult r = m_session.exec(sql, {QByteArray::number(id)});
    if (!r.ok) {
        m_error = r.errorMessage;
        return std::nullopt;
    }
    return QJsonDocument::fromJson(r.first(u"j"_s).toByteArray()).object();
}

std::optional<QJsonObject> CertificateSource::recipient(qint64 recipientId)
{
    return object(u"SELECT kohi_api.recipient_get($1) AS j"_s, recipientId);
}

std::optional<QJsonObject> CertificateSource::application(qint64 applicationId)
{
    return object(u"SELECT kohi_api.application_get($1) AS j"_s, applicationId);
}

std::optional<QHash<QString, QString>> CertificateSource::masterLabels(const QString& kind)
{
    const PgResult r =
        m_session.exec(u"SELECT code, label FROM kohi_api.masters($1)"_s, {kind.toUtf8()});
    if (!r.ok) {
        m_error = r.errorMessage;
        return std::nullopt;
    }
    QHash<QString, QString> labels;
    for (int i = 0; i < r.rows.size(); ++i)
        labels.insert(r.value(i, u"code"_s).toString(), r.value(i, u"label"_s).toString());
    return labels;
}

std::optional<QHash<QString, QString>> CertificateSource::programmeNames()
{
    const PgResult r =
        m_session.exec(u"SELECT programme, programme_name FROM kohi_api.recipient_counts()"_s);
    if (!r.ok) {
        m_error = r.errorMessage;
        return std::nullopt;
    }
    QHash<QString, QString> names;
    for (int i = 0; i < r.rows.size(); ++i)
        names.insert(r.value(i, u"programme"_s).toString(),
                     r.value(i, u"programme_name"_s).toString());
    return names;
}

} // namespace kohi::db
