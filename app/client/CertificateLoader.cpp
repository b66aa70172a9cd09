#include "app/client/CertificateLoader.h"

#include "db/Session.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

QJsonObject fetchObject(const db::Session& session, const QString& function, qint64 id,
                        QString* error)
{
    const db::PgResult r =
        session.exec(u"SELECT kohi_api.%1($1) AS j"_s.arg(function), {QByteArray::number(id)});
    if (!r.ok) {
        fail(error, r.errorMessage);
        return {};
    }
    return QJsonDocument::fromJson(r.first(u"j"_s).toByteArray()).object();
}

bool fetchMaster(const db::Session& session, const QString& kind, QHash<QString, QString>& into,
                 QString* error)
{
    const db::PgResult r =
        session.exec(u"SELECT code, label FROM kohi_api.masters($1)"_s, {kind.toUtf8()});
    if (!r.ok)
        return fail(error, r.errorMessage);
    for (int i = 0; i < r.rows.size(); ++i)
        into.insert(r.value(i, u"code"_s).toString(), r.value(i, u"label"_s).toString());
    return true;
}

} // namespace

CertificateData::Labels CertificateLoader::labels(const db::Session& session, QString* error)
{
    CertificateData::Labels l;
    fetchMaster(session, u"disease"_s, l.diseases, error);
    fetchMaster(session, u"income_tier"_s, l.incomeTiers, error);
    fetchMaster(session, u"special_case"_s, l.specialCases, error);
    fetchMaster(session, u"health_centre"_s, l.healthCentres, error);
    const db::PgResult r =
        session.exec(u"SELECT programme, programme_name FROM kohi_api.recipient_counts()"_s);
    if (!r.ok)
        fail(error, r.errorMessage);
    for (int i = 0; i < r.rows.size(); ++i)
        l.programmes.insert(r.value(i, u"programme"_s).toString(),
                            r.value(i, u"programme_name"_s).toString());
    return l;
}

std::optional<CertificateData> CertificateLoader::load(const db::Session& session,
                                                       qint64 recipientId, qint64 applicationId,
                                                       const QString& issuer, QString* error)
{
    QString why;
    const QJsonObject recipient = fetchObject(session, u"recipient_get"_s, recipientId, &why);
    if (recipient.isEmpty()) {
        fail(error, why.isEmpty()
                        ? tr("受給者が見つかりません（担当外の制度の受給者は表示できません）。")
                        : why);
        return std::nullopt;
    }
    CertificateData::Labels l = labels(session, &why);
    l.issuer = issuer;
    CertificateData data = CertificateData::fromJson(recipient, applicationId, l);
    if (data.applicationId == 0) {
        fail(error, applicationId != 0 ? tr("指定された申請はこの受給者のものではありません。")
                                       : tr("この受給者には申請がありません。"));
        return std::nullopt;
    }
    const QJsonObject application =
        fetchObject(session, u"application_get"_s, data.applicationId, &why);
    data.applyApplicationDetail(application, l);
    return data;
}

} // namespace kohi::app
