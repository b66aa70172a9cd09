#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kohi::db {

class Session;

// What makes one Kohi database behave like another, read from the system catalogs (issue 14:
// prove that the acceptance database equals production). Compared: schemas, tables and views
// (RLS enabled / forced), columns, constraints, indexes, triggers, functions (signature, body
// hash, SECURITY DEFINER, owner, settings such as search_path), the non-staff roles the database
// uses (attributes, memberships), the attribute profiles of staff logins, grants on the
// database, schemas, tables, columns and functions (PUBLIC included), RLS policies, extensions,
// server and database settings that the design depends on, kohi.setting values and the
// migration history (numbers and checksums).
//
// Left out because they legitimately differ between environments: the environment's kind and
// name (kohi.environment; shown, not compared), which staff accounts exist and their duties,
// month partitions of the access log (created by date), data, and timestamps.
class SchemaCatalog
{
public:
    // category -> object -> attribute -> value
    using Objects = QMap<QString, QMap<QString, QString>>;
    struct Snapshot
    {
        QMap<QString, Objects> categories;
        QString environment; // "kind: name", informational
        QString error;       // Japanese; empty when read
    };
    struct Category
    {
        QString id;
        QString label; // Japanese, for the report
    };

    explicit SchemaCatalog(Session& session) : m_session(session) {}
    // Reads everything in one read-only, repeatable-read snapshot. Needs the database
    // administrator (password verifiers are not read, but kohi.setting and the migration history
    // are closed to staff).
    Snapshot read();

    static QList<Category> categories();

    struct Difference
    {
        QString category; // label
        QString line;     // one difference, readable
    };
    // Every difference between a and b, grouped in category order, objects sorted.
    static QList<Difference> compare(const Snapshot& a, const Snapshot& b);

private:
    Session& m_session;
};

} // namespace kohi::db
