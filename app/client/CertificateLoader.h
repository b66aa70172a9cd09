#pragma once

#include "app/client/CertificateData.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace kohi::db {
class Session;
}

namespace kohi::app {

// Fetches what a certificate prints, as the staff member: kohi_api.recipient_get, the
// application's decision (application_get) and the labels of the codes (masters,
// recipient_counts). Row-level security applies: other groups' recipients are not found.
class CertificateLoader
{
    Q_DECLARE_TR_FUNCTIONS(kohi::app::CertificateLoader)

public:
    // applicationId 0: the recipient's latest approved application. issuer empty: the default.
    static std::optional<CertificateData> load(const db::Session& session, qint64 recipientId,
                                               qint64 applicationId = 0, const QString& issuer = {},
                                               QString* error = nullptr);
    static CertificateData::Labels labels(const db::Session& session, QString* error = nullptr);
};

} // namespace kohi::app
