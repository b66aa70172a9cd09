#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kohi::db {

class Session;

// Applies the versioned SQL migrations (db/migrations/NNNN_name.sql) in order, each in its own
// transaction, recording version and checksum. A migration runs as the NOLOGIN schema owner
// (kohi_owner) unless its first line says "-- kohi:run-as superuser".
class Migrator
{
public:
    struct Migration
    {
        QString version;
        QString name;
        QByteArray sql;
        QString checksum; // SHA-256 hex of the text with line ends normalised to LF
        bool asSuperuser = false;
    };
    struct Outcome
    {
        bool ok = false;
        QStringList applied;
        int alreadyApplied = 0;
        QString message; // Japanese, for the operator
    };

    // directory empty: the migrations compiled into the binary.
    explicit Migrator(Session& session, QString directory = {});

    QList<Migration> available(QString* error = nullptr) const;
    // The migrations in directory (empty: compiled into the binary), in order; no session needed.
    static QList<Migration> load(const QString& directory, QString* error = nullptr);
    Outcome migrate();
    Outcome status();

private:
    Outcome check(QList<Migration>& pending);
    Session& m_session;
    QString m_directory;
};

} // namespace kohi::db
