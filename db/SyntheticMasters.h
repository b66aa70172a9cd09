#pragma once

#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// Demo and test databases: synthetic insurers, 指定医療機関 and 指定医 (kohi.generate_synthetic_
// masters, refused in production) and the shipped synthetic postcode table. Idempotent.
struct SyntheticMasters
{
    int references = 0; // insurers, institutions and doctors added
    int postcodes = 0;  // postcode rows added
    QString postcodeSource;

    static std::optional<SyntheticMasters> seed(const Session& admin, QString* error);
};

} // namespace kohi::db
