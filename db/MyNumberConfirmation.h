#pragma once

#include "core/crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kohi::db {

class Session;

// A number awaiting the approver's blind re-key: metadata only, never the number.
struct PendingMyNumber
{
    qint64 id = 0;
    QString roleCode;  // patient | guardian | household
    QString roleLabel; // 本人（受診者） etc.
    QString personName;
    QString relationship;
    QString registeredBy;
    QDateTime registeredAt;
    int mismatches = 0;
};

struct MyNumberConfirmation
{
    enum class Outcome
    {
        Confirmed, // 一致しました。 the number is now approved
        Mismatch,  // 一致しません。 (logged on the server)
        Refused,   // own entry, already confirmed
        Failed     // could not ask (connection, permission, unknown id)
    };
    Outcome outcome = Outcome::Failed;
    QString message; // Japanese; never contains the number
};

// kohi_api.mynumber_pending(application_id).
QList<PendingMyNumber> pendingMyNumbers(const Session& session, qint64 applicationId,
                                        QString* error = nullptr);

// kohi_api.mynumber_confirm(id, rekeyed). The re-keyed number travels only as a libpq bind
// parameter; the one plain copy made for it is zeroed before returning.
MyNumberConfirmation confirmMyNumber(const Session& session, qint64 myNumberId,
                                     const crypto::SecureBytes& rekeyed);

} // namespace kohi::db
