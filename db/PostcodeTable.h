#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// The postcode table as a file: `#` comment lines (the first one starting 「# 出典:」 names the
// source and date), a header `postcode,municipality_code,town`, then one row per town. The
// project ships a synthetic table for prefecture 27 (db/masters/postcode_27_synthetic.csv,
// compiled in as :/masters/postcode_27_synthetic.csv); a production office loads 日本郵便's
// KEN_ALL rows for the prefecture in the same shape.
struct PostcodeTable
{
    QString source;  // from the 「# 出典:」 line
    QJsonArray rows; // {postcode, municipality_code, town}

    // Nullopt (and `error`, Japanese, with the line number) on a malformed file.
    static std::optional<PostcodeTable> parse(const QByteArray& utf8, QString* error);
    static QString shippedSyntheticPath();

    // Adds the rows as an administrator (kohi.postcode_load); rows already present are kept.
    // Returns how many were added.
    std::optional<int> load(const Session& admin, QString* error) const;
};

} // namespace kohi::db
