#pragma once

#include "db/ApplicationRepository.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::app {

class MasterCatalog;

// How benefit-administration values are shown: labels of codes, dates in 和暦, yen. Programme
// names are statutory (法別番号 54/52/17); everything else that can change is master data.
QString programmeLabel(const QString& code);
// Whether the programme takes new applications, renewals and certificates. 療育医療 (17) does not
// until Kohi has its own cost rules (0044: the server refuses them; here its entry points are
// left out so that no clerk starts what cannot be finished). Its existing records stay readable.
bool programmeOpenForApplications(const QString& code);
// The programmes of `codes` that take applications, in the same order.
QStringList programmesOpenForApplications(const QStringList& codes);
QString applicationKindLabel(const QString& kind);
QString applicationStateLabel(const QString& state);
QString recipientStatusLabel(const QString& status);
QString sexLabel(int sex);
// 「R6.04.01」; ISO for dates before 明治6年; empty for an invalid date.
QString shortDateLabel(const QDate& date);
// 「令和6年4月1日（2024-04-01）」 for confirmations next to a typed date.
QString longDateLabel(const QDate& date);
QString yenLabel(std::optional<int> amount);

// Evidence documents received with an application (kohi.application.documents holds the codes).
struct DocumentChoice
{
    QString code;
    QString label;
};
QList<DocumentChoice> documentChoices();
QString documentLabel(const QString& code);

// One field of the register or of an application, for comparisons and history.
struct FieldSpec
{
    enum class Kind
    {
        Text,
        Date,
        Sex,
        Status,
        Yen,
        Documents,
        Disease,
        IncomeTier,
        SpecialCase,
        HealthCentre,
    };
    QString key; // jsonb key (= column name)
    QString label;
    Kind kind = Kind::Text;
};
// Register fields in form order (identity, address, guardian, insurance, numbers).
const QList<FieldSpec>& recipientFields();
// Application fields (receipt, disease, tier, cap, validity, documents).
const QList<FieldSpec>& applicationFields();

// The value as users read it; `masters` may be null (then codes are shown).
QString fieldDisplay(const FieldSpec& field, const QJsonValue& value, const MasterCatalog* masters);

// 「氏名（姓）: 山田 → 山本」 lines for the fields that differ (all set fields when `before` is
// empty: a first registration).
QStringList describeChanges(const QJsonObject& before, const QJsonObject& after,
                            const MasterCatalog* masters);

} // namespace kohi::app
