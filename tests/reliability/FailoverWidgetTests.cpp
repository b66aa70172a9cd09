// Failover seen from the clerk's screen (issue 14, item 4): a form typed in the real entry
// widget but not saved survives the primary's death; after the standby is promoted the same
// widget saves and submits it, once, on the promoted server.
#include "app/client/ApplicationEntryWidget.h"
#include "core/validation/JapaneseEra.h"
#include "db/Session.h"
#include "tests/reliability/FailoverPair.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FailoverPair;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void typeForm(kohi::app::ApplicationEntryWidget& entry)
{
    child<QLineEdit>(entry, "familyName")->setText(u"画面"_s);
    child<QLineEdit>(entry, "givenName")->setText(u"未保存"_s);
    child<QLineEdit>(entry, "familyNameKana")->setText(u"ｶﾞﾒﾝ"_s);
    child<QLineEdit>(entry, "givenNameKana")->setText(u"ﾐﾎｿﾞﾝ"_s);
    child<QLineEdit>(entry, "birthDate")->setText(u"H2.3.4"_s);
    child<QComboBox>(entry, "sex")->setCurrentIndex(2);
    child<QLineEdit>(entry, "address")->setText(u"大阪府池田市合成町3丁目4番"_s);
    child<QLineEdit>(entry, "municipalityCode")->setText(u"272043"_s);
    child<QLineEdit>(entry, "insurerNumber")->setText(u"01270016"_s);
    choose(child<QComboBox>(entry, "disease"), u"096"_s);
    choose(child<QComboBox>(entry, "incomeTier"), u"low2"_s);
    child<QLineEdit>(entry, "validFrom")
        ->setText(kohi::formatJapaneseDateShort(QDate::currentDate()));
    child<QLineEdit>(entry, "validTo")
        ->setText(kohi::formatJapaneseDateShort(QDate::currentDate().addYears(1).addDays(-1)));
}

} // namespace

TEST_CASE("failover: the unsaved form in the entry widget survives and is saved once on the "
          "promoted standby",
          "[reliability][gui]")
{
    FailoverPair pair;
    kohi::db::Session clerk(pair.bothServers());
    REQUIRE(clerk.open(FailoverPair::clerkLogin, FailoverPair::clerkPassword).ok());
    kohi::app::ApplicationEntryWidget entry(clerk);
    typeForm(entry);
    const kohi::db::ApplicationForm typed = entry.form();
    REQUIRE(entry.isModified());

    pair.startFailover();
    pair.waitForFailover();

    // Nothing on screen changed; 保存 reconnects by itself and saves, then 提出 submits.
    CHECK(entry.form() == typed);
    CHECK(entry.isModified());
    REQUIRE(entry.save());
    CHECK(clerk.reconnectCount() == 1);
    CHECK(entry.form() == typed);
    const qint64 id = entry.applicationId();
    CHECK(id > 0);
    REQUIRE(entry.submit());

    auto dba = pair.promotedDba();
    const auto rows =
        dba->exec(u"SELECT a.id, a.state FROM kohi.application a JOIN kohi.recipient r"
                  " ON r.id = a.recipient_id WHERE r.family_name = '画面'"_s);
    REQUIRE(rows.ok);
    REQUIRE(rows.rows.size() == 1);
    CHECK(rows.first(u"id"_s).toLongLong() == id);
    CHECK(rows.first(u"state"_s).toString() == u"submitted"_s);
}
