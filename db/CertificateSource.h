#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// What a certificate or notice prints, read as the staff member through the API (row-level
// security applies: another group's recipient is not found). The client assembles and renders
// it; every statement stays here.
class CertificateSource
{
public:
    explicit CertificateSource(const Session& session) : m_session(session) {}

    // kohi_api.recipient_get / application_get as JSON; nullopt with lastError() when refused.
    std::optional<QJsonObject> recipient(qint64 recipientId);
    std::optional<QJsonObject> application(qint64 applicationId);
    // code → label of one master (disease, income_tier, special_case, health_centre).
    std::optional<QHash<QString, QString>> masterLabels(const QString& kind);
    // 法別番号 → programme name.
    std::optional<QHash<QString, QString>> programmeNames();

    QString lastError() const { return m_error; }

private:
    std::optional<QJsonObject> object(const QString& sql, qint64 id);

    const Session& m_session;
    QString m_error;
};

} // namespace kohi::db
