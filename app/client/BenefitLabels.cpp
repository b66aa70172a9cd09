#include "app/client/BenefitLabels.h"

#include "app/client/MasterCatalog.h"
#include "core/validation/JapaneseEra.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::app::BenefitLabels", text);
}

QString jsonText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

QString programmeLabel(const QString& code)
{
    if (code == u"54"_s)
        return tr("54 特定医療費（指定難病）");
    if (code == u"52"_s)
        return tr("52 小児慢性特定疾病");
    if (code == u"17"_s)
        return tr("17 療育医療");
    return code;
}

bool programmeOpenForApplications(const QString& code)
{
    return code != u"17"_s;
}

QStringList programmesOpenForApplications(const QStringList& codes)
{
    QStringList open;
    for (const QString& code : codes) {
        if (programmeOpenForApplications(code))
            open << code;
    }
    return open;
}

QString applicationKindLabel(const QString& kind)
{
    if (kind == u"new"_s)
        return tr("新規");
    if (kind == u"renewal"_s)
        return tr("更新");
    if (kind == u"change"_s)
        return tr("変更");
    if (kind == u"registration"_s)
        return tr("登録者証のみ");
    return kind;
}

QString applicationStateLabel(const QString& state)
{
    if (state == u"draft"_s)
        return tr("下書き");
    if (state == u"submitted"_s)
        return tr("承認待ち");
    if (state == u"approved"_s)
        return tr("承認済み");
    if (state == u"returned"_s)
        return tr("差戻し");
    if (state == u"rejected"_s)
        return tr("不認定");
    if (state == u"registered"_s)
        return tr("不認定（登録者証交付）");
    if (state == u"withdrawn"_s)
        return tr("取下げ");
    return state;
}

QString recipientStatusLabel(const QString& status)
{
    if (status == u"pending"_s)
        return tr("申請中");
    if (status == u"active"_s)
        return tr("有効");
    if (status == u"ended"_s)
        return tr("終了");
    return status;
}

QString sexLabel(int sex)
{
    if (sex == 1)
        return tr("男");
    if (sex == 2)
        return tr("女");
    return {};
}

QString shortDateLabel(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QString wareki = formatJapaneseDateShort(date);
    return wareki.isEmpty() ? date.toString(Qt::ISODate) : wareki;
}

QString longDateLabel(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QString wareki = formatJapaneseDate(date);
    const QString iso = date.toString(Qt::ISODate);
    return wareki.isEmpty() ? iso : u"%1（%2）"_s.arg(wareki, iso);
}

QString yenLabel(std::optional<int> amount)
{
    if (!amount)
        return {};
    return tr("%1 円").arg(QLocale(QLocale::Japanese).toString(*amount));
}

QList<DocumentChoice> documentChoices()
{
    return {{u"clinical_record"_s, tr("臨床調査個人票（診断書）")},
            {u"resident_record"_s, tr("住民票")},
            {u"insurance_card"_s, tr("保険証等の写し")},
            {u"income_proof"_s, tr("所得（課税状況）を確認する書類")},
            {u"consent"_s, tr("同意書")},
            {u"other"_s, tr("その他")}};
}

QString documentLabel(const QString& code)
{
    for (const DocumentChoice& d : documentChoices()) {
        if (d.code == code)
            return d.label;
    }
    return code;
}

const QList<FieldSpec>& recipientFields()
{
    using K = FieldSpec::Kind;
    static const QList<FieldSpec> fields{
        {u"recipient_number"_s, tr("受給者番号"), K::Text},
        {u"status"_s, tr("状態"), K::Status},
        {u"public_payer_number"_s, tr("公費負担者番号"), K::Text},
        {u"family_name"_s, tr("氏名（姓）"), K::Text},
        {u"given_name"_s, tr("氏名（名）"), K::Text},
        {u"family_name_kana"_s, tr("カナ（姓）"), K::Text},
        {u"given_name_kana"_s, tr("カナ（名）"), K::Text},
        {u"birth_date"_s, tr("生年月日"), K::Date},
        {u"sex"_s, tr("性別"), K::Sex},
        {u"postal_code"_s, tr("郵便番号"), K::Text},
        {u"address"_s, tr("住所"), K::Text},
        {u"municipality_code"_s, tr("市町村コード"), K::Text},
        {u"phone"_s, tr("電話番号"), K::Text},
        {u"guardian_name"_s, tr("保護者氏名"), K::Text},
        {u"guardian_kana"_s, tr("保護者カナ"), K::Text},
        {u"guardian_relationship"_s, tr("保護者の続柄"), K::Text},
        {u"insurer_number"_s, tr("保険者番号"), K::Text},
        {u"insurance_symbol"_s, tr("被保険者証の記号"), K::Text},
        {u"insurance_number"_s, tr("被保険者証の番号"), K::Text},
    };
    return fields;
}

const QList<FieldSpec>& applicationFields()
{
    using K = FieldSpec::Kind;
    static const QList<FieldSpec> fields{
        {u"received_date"_s, tr("受付日"), K::Date},
        {u"health_centre"_s, tr("受付保健所"), K::HealthCentre},
        {u"disease_code"_s, tr("疾病名"), K::Disease},
        {u"income_tier"_s, tr("所得区分"), K::IncomeTier},
        // What the server computed from the household, and why a clerk chose otherwise: the
        // approver compares them (an override is never silent).
        {u"computed_tier"_s, tr("階層区分（世帯から算定）"), K::IncomeTier},
        {u"tier_override_reason"_s, tr("階層区分を算定と変えた理由"), K::Text},
        {u"special_case"_s, tr("上限額の特例"), K::SpecialCase},
        {u"household_members"_s, tr("世帯の人数"), K::Text},
        {u"household_recipients"_s, tr("世帯内の受給者数"), K::Text},
        {u"monthly_cap"_s, tr("自己負担上限月額"), K::Yen},
        {u"valid_from"_s, tr("有効期間（開始）"), K::Date},
        {u"valid_to"_s, tr("有効期間（終了）"), K::Date},
        {u"backdate_reason"_s, tr("遡りの理由"), K::Text},
        {u"diagnosis_date"_s, tr("診断年月日"), K::Date},
        {u"documents"_s, tr("添付書類"), K::Documents},
    };
    return fields;
}

QString fieldDisplay(const FieldSpec& field, const QJsonValue& value, const MasterCatalog* masters)
{
    using K = FieldSpec::Kind;
    const QString text = jsonText(value);
    auto master = [&](db::MasterKind kind) {
        return masters && !text.isEmpty() ? masters->label(kind, text) : text;
    };
    switch (field.kind) {
    case K::Text:
        return text;
    case K::Date:
        return shortDateLabel(QDate::fromString(text, Qt::ISODate));
    case K::Sex:
        return sexLabel(text.toInt());
    case K::Status:
        return recipientStatusLabel(text);
    case K::Yen:
        return text.isEmpty() ? QString() : yenLabel(text.toInt());
    case K::Documents: {
        QStringList labels;
        for (const QJsonValue& d : value.toArray())
            labels << documentLabel(d.toString());
        return labels.join(u"、"_s);
    }
    case K::Disease:
        return master(db::MasterKind::Disease);
    case K::IncomeTier:
        return master(db::MasterKind::IncomeTier);
    case K::SpecialCase:
        return master(db::MasterKind::SpecialCase);
    case K::HealthCentre:
        return master(db::MasterKind::HealthCentre);
    }
    return text;
}

QStringList describeChanges(const QJsonObject& before, const QJsonObject& after,
                            const MasterCatalog* masters)
{
    QStringList lines;
    for (const FieldSpec& f : recipientFields()) {
        const QString was = fieldDisplay(f, before.value(f.key), masters);
        const QString now = fieldDisplay(f, after.value(f.key), masters);
        if (was == now)
            continue;
        if (before.isEmpty())
            lines << u"%1: %2"_s.arg(f.label, now);
        else
            lines << u"%1: %2 → %3"_s.arg(f.label, was.isEmpty() ? tr("（なし）") : was,
                                          now.isEmpty() ? tr("（なし）") : now);
    }
    return lines;
}

} // namespace kohi::app
