#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace kohi::db {

class Session;

// Which 保健所 receives each municipality's applications (kohi_api.municipality_health_centres),
// for the entry form's label beside the municipality code.
class MunicipalityHealthCentres
{
public:
    struct Entry
    {
        QString municipalityName;
        QString healthCentre; // empty: the prefecture does not serve it
        QString healthCentreName;
    };

    bool load(const Session& session, const QDate& date = {});
    // By 6-digit municipality code; nullptr when unknown.
    const Entry* find(const QString& municipalityCode) const;
    const ApiError& lastError() const { return m_error; }

private:
    QHash<QString, Entry> m_entries;
    ApiError m_error;
};

} // namespace kohi::db
