#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// One town of a postcode (kohi_api.postcode_lookup).
struct PostcodeTown
{
    QString postcode; // 7 digits
    QString municipalityCode;
    QString municipalityName;
    QString town;    // 町域; empty when the code covers the whole municipality
    QString address; // 「大阪府岸和田市合成町1丁目」
    QString source;  // where the table came from, and when
};

// A 指定医療機関 or 指定医 with its designation period (kohi_api.designations).
struct Designation
{
    enum class Kind
    {
        Institution,
        Doctor,
    };
    Kind kind = Kind::Institution;
    QString code;
    QString name;
    QString detail;          // institution: kind and address; doctor: the institution's name
    QString institutionCode; // a doctor's institution (an institution: its own code)
    QStringList programmes;
    QDate designatedFrom;
    QDate designatedTo;
    bool inForce = false; // on the date asked

    bool covers(const QString& programme) const { return programmes.contains(programme); }
};

// Reference reads for the entry form and the certificate: the towns of a postcode and the
// designations. Every statement is a kohi_api call (session check, access event).
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const Session& session) : m_session(session) {}

    // Empty list: the postcode is not in the table.
    std::optional<QList<PostcodeTown>> postcodeTowns(const QString& postcode);
    // All institutions and doctors; inForce as of `on` (invalid: today).
    std::optional<QList<Designation>> designations(const QDate& on = {});

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
