#include "app/client/CertificateLoader.h"

#include "db/CertificateSource.h"
#include "db/ReferenceRepository.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

void fetchMaster(db::CertificateSource& source, const QString& kind, QHash<QString, QString>& into,
                 QString* error)
{
    if (auto labels = source.masterLabels(kind))
        into = std::move(*labels);
    else
        fail(error, source.lastError());
}

} // namespace

CertificateData::Labels CertificateLoader::labels(const db::Session& session, QString* error)
{
    db::CertificateSource source(session);
    CertificateData::Labels l;
    fetchMaster(source, u"disease"_s, l.diseases, error);
    fetchMaster(source, u"income_tier"_s, l.incomeTiers, error);
    fetchMaster(source, u"special_case"_s, l.specialCases, error);
    fetchMaster(source, u"health_centre"_s, l.healthCentres, error);
    if (auto names = source.programmeNames())
        l.programmes = std::move(*names);
    else
        fail(error, source.lastError());
    // Every designation, in force or not: a certificate keeps the institution it was issued with.
    db::ReferenceRepository references(session);
    if (const auto designations = references.designations()) {
        for (const db::Designation& d : *designations) {
            if (d.kind == db::Designation::Kind::Doctor) {
                l.doctors.insert(d.code, d.name);
            } else {
                l.institutions.insert(d.code, d.name);
                l.institutionDetails.insert(d.code, d.detail);
            }
        }
    } else {
        fail(error, references.lastError().message);
    }
    return l;
}

std::optional<CertificateData> CertificateLoader::load(const db::Session& session,
                                                       qint64 recipientId, qint64 applicationId,
                                                       const QString& issuer, QString* error)
{
    db::CertificateSource source(session);
    const QJsonObject recipient = source.recipient(recipientId).value_or(QJsonObject{});
    if (recipient.isEmpty()) {
        fail(error, !source.lastError().isEmpty()
                        ? source.lastError()
                        : tr("受給者が見つかりません（担当外の制度の受給者は表示できません）。"));
        return std::nullopt;
    }
    QString why;
    CertificateData::Labels l = labels(session, &why);
    l.issuer = issuer;
    CertificateData data = CertificateData::fromJson(recipient, applicationId, l);
    if (data.applicationId == 0) {
        fail(error, applicationId != 0 ? tr("指定された申請はこの受給者のものではありません。")
                                       : tr("この受給者には申請がありません。"));
        return std::nullopt;
    }
    data.applyApplicationDetail(source.application(data.applicationId).value_or(QJsonObject{}), l);
    return data;
}

} // namespace kohi::app
