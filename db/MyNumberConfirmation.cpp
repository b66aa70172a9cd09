#include "db/MyNumberConfirmation.h"

#include "core/crypto/Wipe.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::MyNumberConfirmation", text);
}

QString serverMessage(const PgResult& r)
{
    return r.errorMessage.isEmpty() ? tr("サーバーに接続できません。") : r.errorMessage;
}
} // namespace

QList<PendingMyNumber> pendingMyNumbers(const Session& session, qint64 applicationId,
                                        QString* error)
{
    const auto r = session.exec(
        u"SELECT mynumber_id, person_role, label, person_name, relationship, registered_by,"
        " (extract(epoch FROM registered_at) * 1000)::bigint AS registered_ms, mismatches"
        " FROM kohi_api.mynumber_pending($1::bigint)"_s,
        {QByteArray::number(applicationId)});
    QList<PendingMyNumber> pending;
    if (!r.ok) {
        if (error)
            *error = serverMessage(r);
        return pending;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        PendingMyNumber p;
        p.id = r.value(i, u"mynumber_id"_s).toLongLong();
        p.roleCode = r.value(i, u"person_role"_s).toString();
        p.roleLabel = r.value(i, u"label"_s).toString();
        p.personName = r.value(i, u"person_name"_s).toString();
        p.relationship = r.value(i, u"relationship"_s).toString();
        p.registeredBy = r.value(i, u"registered_by"_s).toString();
        p.registeredAt =
            QDateTime::fromMSecsSinceEpoch(r.value(i, u"registered_ms"_s).toLongLong());
        p.mismatches = r.value(i, u"mismatches"_s).toInt();
        pending << p;
    }
    if (error)
        error->clear();
    return pending;
}

MyNumberConfirmation confirmMyNumber(const Session& session, qint64 myNumberId,
                                     const crypto::SecureBytes& rekeyed)
{
    MyNumberConfirmation result;
    if (rekeyed.isEmpty()) {
        result.outcome = MyNumberConfirmation::Outcome::Refused;
        result.message = tr("個人番号を入力してください。");
        return result;
    }
    PgResult r;
    QByteArray plain(reinterpret_cast<const char*>(rekeyed.data()),
                     static_cast<qsizetype>(rekeyed.size()));
    {
        // The list shares plain's buffer; it must be gone before wipe() so the buffer is zeroed
        // in place rather than detached.
        const QList<QByteArray> params{QByteArray::number(myNumberId), plain};
        r = session.exec(
            u"SELECT outcome, message FROM kohi_api.mynumber_confirm($1::bigint, $2)"_s, params);
    }
    crypto::wipe(plain);

    if (!r.ok || r.rows.isEmpty()) {
        result.outcome = MyNumberConfirmation::Outcome::Failed;
        result.message = serverMessage(r);
        return result;
    }
    const QString outcome = r.first(u"outcome"_s).toString();
    result.message = r.first(u"message"_s).toString();
    if (outcome == u"confirmed"_s)
        result.outcome = MyNumberConfirmation::Outcome::Confirmed;
    else if (outcome == u"mismatch"_s)
        result.outcome = MyNumberConfirmation::Outcome::Mismatch;
    else
        result.outcome = MyNumberConfirmation::Outcome::Refused;
    return result;
}

} // namespace kohi::db
