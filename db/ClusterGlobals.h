#pragma once

#include "db/ApiError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kohi::db {

class Session;

// What a Kohi database needs that pg_dump does not carry (issue 14, backup and restore): the
// cluster-wide roles it uses — Kohi's group and duty roles, the owners, every staff login — with
// their attributes, memberships and SCRAM password verifiers (pg_authid; a verifier is not a
// password but allows offline guessing: the file is as secret as the dump), which of them the
// kohi_auth extension holds locked (its state lives in $PGDATA/kohi_auth.state, per server), and
// a check value of the My Number hashing key (HMAC of a fixed text: shows whether two servers
// hold the same key without revealing it; the key itself never leaves its file).
struct ClusterGlobals
{
    struct Role
    {
        QString name;
        bool login = false;
        bool inherit = true;
        bool createRole = false;
        bool createDb = false;
        bool bypassRls = false;
        int connectionLimit = -1;
        QString validUntil; // empty: none
        QString verifier;   // SCRAM-SHA-256$…; empty: no password
    };
    struct Membership
    {
        QString group;
        QString member;
        bool admin = false;
    };

    QString database;
    QString schemaVersion;
    QString dumpSha256;
    QString hmacCheck;      // hex; empty when the source server had no key
    QStringList superusers; // own objects; must exist in the target cluster
    QList<Role> roles;
    QList<Membership> memberships;
    QStringList locked;
    QString error; // Japanese

    // Reads them from the database the session is connected to (the database administrator),
    // inside the caller's transaction (so that they match a pg_dump of the same snapshot).
    static ClusterGlobals read(const Session& session);

    // Starts a read-only repeatable-read transaction and exports its snapshot for pg_dump
    // --snapshot; returns its id (empty: error). endSnapshot() commits it.
    static QString beginExportedSnapshot(const Session& session, ApiError* error);
    static void endSnapshot(const Session& session);
    // For the restore session: no bound value (a verifier) in the server log, whatever the
    // maintenance database's settings; no NOTICE chatter (memberships already granted).
    static void prepareRestoreSession(const Session& session);

    QByteArray toText() const;
    static ClusterGlobals fromText(const QByteArray& text);

    // The target cluster, connected to its maintenance database as a superuser.
    struct Plan
    {
        QStringList create;   // roles to create
        QStringList existing; // group roles the cluster already has (reused)
        QString error;        // Japanese; set: nothing may be restored
    };
    // Checks that the restore can proceed (nothing changes): the database does not exist yet,
    // the owners exist as superusers, no login role of the backup exists already, and the
    // server's My Number hashing key is the backup's.
    Plan plan(const Session& target) const;
    // Creates the planned roles, passwords and memberships in one transaction. Returns an error.
    QString createRoles(const Session& target, const Plan& plan) const;
    // Undoes createRoles (after a failed pg_restore).
    void dropRoles(const Session& target, const Plan& plan) const;
    // Drops the restored database (after a failed pg_restore).
    void dropDatabase(const Session& target) const;
    // Locks again the roles that were locked at the backup; returns an error.
    QString relock(const Session& restored) const;
};

} // namespace kohi::db
