// Names beside codes on the real entry form and in the search list (0037): a 市町村コード or
// 保険者番号 shows its name as it is typed without moving the layout, a postcode offers the
// address that the clerk takes with Enter (never silently), and 指定医療機関 / 指定医 are chosen
// by keyboard from those in force. Against the real test cluster, with the synthetic masters.
#include "app/client/ApplicationEntryWidget.h"
#include "app/client/RecipientSearchModel.h"
#include "db/SyntheticMasters.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::ApplicationEntryWidget;
using kohi::app::RecipientSearchModel;
using kohi::test::TestDatabase;

namespace {

std::unique_ptr<kohi::db::Session> clerkSession(const char* prefix)
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    auto dba = tdb.admin();
    REQUIRE(dba);
    QString error;
    INFO(error.toStdString());
    REQUIRE(kohi::db::SyntheticMasters::seed(*dba, &error));
    const auto staff = tdb.createStaff(QString::fromLatin1(prefix), {u"kohi_clerk_nanbyo"_s});
    auto session = tdb.connect(staff.login, staff.password);
    REQUIRE(session);
    return session;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

void imeCommit(QWidget* field, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(field, &commit);
}

void focus(QLineEdit* field)
{
    field->setFocus();
    REQUIRE(QTest::qWaitFor([field] { return field->hasFocus(); }, 2000));
}

bool popupShown(QLineEdit* field)
{
    return QTest::qWaitFor(
        [field] { return field->completer() && field->completer()->popup()->isVisible(); }, 2000);
}

} // namespace

TEST_CASE(
    "typing a 市町村コード or 保険者番号 shows the name at once, and the fields below stay put",
    "[gui][masters]")
{
    auto session = clerkSession("rn_code");
    ApplicationEntryWidget entry(*session);
    entry.resize(1024, 700);
    entry.show();
    entry.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&entry));

    auto* municipality = child<QLineEdit>(entry, "municipalityCode");
    auto* phone = child<QLineEdit>(entry, "phone");
    const QRect phoneBefore = phone->geometry();
    focus(municipality);
    QTest::keyClicks(municipality, u"27220"_s);
    CHECK(entry.fieldMessage(u"municipalityCode"_s).isEmpty()); // not a complete code yet
    QTest::keyClicks(municipality, u"5"_s);
    // While typing (the field not left): the name beside the code.
    CHECK(municipality->hasFocus());
    CHECK(entry.fieldMessage(u"municipalityCode"_s) == u"箕面市"_s);
    CHECK(phone->geometry() == phoneBefore); // the message space was reserved
    QTest::keyClick(municipality, Qt::Key_Backspace);
    CHECK(entry.fieldMessage(u"municipalityCode"_s).isEmpty()); // no stale name
    QTest::keyClicks(municipality, u"5"_s);
    QTest::keyClick(municipality, Qt::Key_Return); // leaving keeps the name
    CHECK(entry.fieldMessage(u"municipalityCode"_s) == u"箕面市"_s);
    // Beside it, only the 保健所 that receives the city's applications (the name is said once).
    CHECK(child<QLabel>(entry, "municipalityHealthCentre")->text() == u"池田保健所"_s);
    // A wrong check digit: no name, the check's message.
    municipality->clear();
    focus(municipality);
    QTest::keyClicks(municipality, u"272206"_s);
    CHECK(entry.fieldMessage(u"municipalityCode"_s) != u"箕面市"_s);
    QTest::keyClick(municipality, Qt::Key_Return);
    CHECK(entry.fieldMessage(u"municipalityCode"_s).contains(u"チェックデジット"_s));

    auto* insurer = child<QLineEdit>(entry, "insurerNumber");
    auto* symbol = child<QLineEdit>(entry, "insuranceSymbol");
    const QRect symbolBefore = symbol->geometry();
    focus(insurer);
    QTest::keyClicks(insurer, u"01270016"_s);
    CHECK(entry.fieldMessage(u"insurerNumber"_s).startsWith(u"全国健康保険協会 大阪支部"_s));
    CHECK(symbol->geometry() == symbolBefore);
    // A valid number the master does not know is said so (not an error: the master may lag).
    insurer->clear();
    QTest::keyClicks(insurer, u"06279996"_s);
    QTest::keyClick(insurer, Qt::Key_Return);
    CHECK(entry.fieldMessage(u"insurerNumber"_s).startsWith(u"保険者マスタに登録のない番号"_s));
}

TEST_CASE("a postcode offers the address, taken only with Enter, and never replaces typed text",
          "[gui][masters]")
{
    auto session = clerkSession("rn_post");
    ApplicationEntryWidget entry(*session);
    entry.resize(1024, 700);
    entry.show();
    entry.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&entry));

    auto* postcode = child<QLineEdit>(entry, "postalCode");
    auto* address = child<QLineEdit>(entry, "address");
    auto* municipality = child<QLineEdit>(entry, "municipalityCode");
    focus(postcode);
    QTest::keyClicks(postcode, u"5960101"_s);
    CHECK(entry.fieldMessage(u"postalCode"_s).contains(u"大阪府岸和田市合成町1丁目"_s));
    CHECK(address->text().isEmpty()); // offered, not filled
    QTest::keyClick(postcode, Qt::Key_Return);
    REQUIRE(address->hasFocus());
    REQUIRE(popupShown(address));
    QTest::keyClick(address->completer()->popup(), Qt::Key_Return);
    CHECK(address->text() == u"大阪府岸和田市合成町1丁目"_s);
    CHECK(address->hasFocus()); // the clerk goes on with the 番地
    // The empty 市町村コード came with it, named.
    CHECK(municipality->text() == u"272027"_s);
    CHECK(entry.fieldMessage(u"municipalityCode"_s) == u"岸和田市"_s);
    imeCommit(address, u"2番"_s);
    CHECK(address->text() == u"大阪府岸和田市合成町1丁目2番"_s);

    // Another postcode with an address already typed: offered, the address stays.
    focus(postcode);
    postcode->selectAll();
    QTest::keyClicks(postcode, u"5960102"_s);
    CHECK(entry.fieldMessage(u"postalCode"_s).contains(u"合成町2丁目"_s));
    QTest::keyClick(postcode, Qt::Key_Return);
    REQUIRE(address->hasFocus());
    QTest::qWait(50);
    CHECK_FALSE(address->completer()->popup()->isVisible()); // nothing pops over typed text
    CHECK(address->text() == u"大阪府岸和田市合成町1丁目2番"_s);
    // ↓ opens the offer; Escape declines it and nothing changes.
    QTest::keyClick(address, Qt::Key_Down);
    REQUIRE(popupShown(address));
    QTest::keyClick(address->completer()->popup(), Qt::Key_Escape);
    CHECK(address->text() == u"大阪府岸和田市合成町1丁目2番"_s);
    CHECK(municipality->text() == u"272027"_s);
    // A postcode not in the table says so.
    focus(postcode);
    postcode->selectAll();
    QTest::keyClicks(postcode, u"0000000"_s);
    CHECK(entry.fieldMessage(u"postalCode"_s).contains(u"郵便番号表にない"_s));
}

TEST_CASE("指定医療機関 and 指定医 are chosen by keyboard from those in force, named beside",
          "[gui][masters]")
{
    auto session = clerkSession("rn_inst");
    ApplicationEntryWidget entry(*session);
    entry.resize(1024, 700);
    entry.show();
    entry.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&entry));

    auto* institution = child<QLineEdit>(entry, "institutionCode");
    auto* doctor = child<QLineEdit>(entry, "doctorCode");
    // After the insurance fields in the Enter walk.
    focus(child<QLineEdit>(entry, "insuranceNumber"));
    QTest::keyClick(entry.focusWidget(), Qt::Key_Return);
    REQUIRE(institution->hasFocus());

    // Part of a name opens the list of those in force; the expired one is not offered.
    imeCommit(institution, u"合成"_s);
    REQUIRE(popupShown(institution));
    QStringList offered;
    auto* model = institution->completer()->completionModel();
    for (int i = 0; i < model->rowCount(); ++i)
        offered << model->index(i, 0).data().toString();
    CHECK(offered.filter(u"岸和田総合病院"_s).size() == 1);
    CHECK(offered.filter(u"貝塚旧市民病院"_s).isEmpty());
    institution->clear();
    imeCommit(institution, u"岸和田"_s);
    REQUIRE(popupShown(institution));
    QTest::keyClick(institution->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(institution->completer()->popup(), Qt::Key_Return);
    CHECK(institution->text() == u"2710100011"_s);
    CHECK(entry.fieldMessage(u"institutionCode"_s) == u"合成府立岸和田総合病院"_s);
    QTest::keyClick(institution, Qt::Key_Return);
    REQUIRE(doctor->hasFocus());
    QTest::keyClicks(doctor, u"D27-0001"_s);
    CHECK(entry.fieldMessage(u"doctorCode"_s).startsWith(u"合成 一郎 医師"_s));
    CHECK(entry.form().institutionCode == u"2710100011"_s);
    CHECK(entry.form().doctorCode == u"D27-0001"_s);

    // The expired one typed by its code: said at once as the field is left, not savable.
    institution->setFocus();
    institution->selectAll();
    QTest::keyClicks(institution, u"2710100052"_s);
    CHECK(entry.fieldMessage(u"institutionCode"_s).isEmpty()); // no name for it
    QTest::keyClick(institution, Qt::Key_Tab);
    CHECK(entry.fieldMessage(u"institutionCode"_s).contains(u"2025-03-31で終了しています"_s));
    CHECK(entry.form().institutionCode.isEmpty());
}

TEST_CASE("the recipient search list shows municipality names, the code as its tooltip",
          "[gui][search][masters]")
{
    auto session = clerkSession("rn_list");
    // Two recipients of this test only (a kana no other test uses), in 箕面市 and 岸和田市.
    for (const char* code : {"272205", "272027"}) {
        const QJsonObject form{{u"family_name"_s, u"名称"_s},
                               {u"given_name"_s, u"表示"_s},
                               {u"family_name_kana"_s, u"メイショウヒョウジ"_s},
                               {u"given_name_kana"_s, u"テスト"_s},
                               {u"birth_date"_s, u"1960-01-02"_s},
                               {u"sex"_s, 1},
                               {u"address"_s, u"大阪府箕面市合成町1丁目"_s},
                               {u"municipality_code"_s, QString::fromLatin1(code)},
                               {u"received_date"_s, QDate::currentDate().toString(Qt::ISODate)}};
        const auto r = session->exec(
            u"SELECT id FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
            {QJsonDocument(form).toJson(QJsonDocument::Compact)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }
    RecipientSearchModel model(*session);
    model.search({u"メイショウヒョウジ"_s, {}, {}, {}});
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
    REQUIRE(model.rowCount() >= 2);
    QStringList names;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex cell = model.index(i, RecipientSearchModel::MunicipalityColumn);
        CHECK(cell.data(Qt::ToolTipRole).toString() == model.recipient(i).municipalityCode);
        names << cell.data().toString();
    }
    CHECK(names.contains(u"箕面市"_s));
    CHECK(names.contains(u"岸和田市"_s));
    CHECK_FALSE(names.contains(u"272205"_s));
    CHECK(model.headerData(RecipientSearchModel::MunicipalityColumn, Qt::Horizontal).toString() ==
          u"市町村"_s);
}
