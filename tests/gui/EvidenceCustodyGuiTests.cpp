// 証拠書類の保管 with real widgets against a freshly migrated database: the clerk's 業務 menu
// offers it; by keyboard the clerk lists a recipient's papers, registers My Number evidence
// (refused at the counter cabinet, with the server's reason; accepted in the staff-only one),
// checks it out and returns it with reasons; an overdue document shows as such.
#include "app/client/MainWindow.h"
#include "app/client/evidence/EvidenceCabinetDialog.h"
#include "app/client/evidence/EvidenceCustodyDialog.h"
#include "app/client/evidence/EvidenceDocumentModel.h"
#include "db/SessionInfo.h"
#include "tests/support/FreshDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::EvidenceCabinetDialog;
using kohi::app::EvidenceCustodyDialog;
using kohi::app::EvidenceDocumentModel;
using kohi::test::FreshDatabase;

namespace {

// An Alt shortcut as a person presses it: through the window (the shortcut map), then the
// button's animated click.
void altKey(QWidget& window, Qt::Key key)
{
    QTest::keyClick(window.windowHandle(), key, Qt::AltModifier);
    QTest::qWait(300);
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QString state(const EvidenceCustodyDialog& dialog, int row = 0)
{
    return dialog.model()->index(row, EvidenceDocumentModel::StateColumn).data().toString();
}

} // namespace

TEST_CASE("the evidence custody screen: list, register, check out and return by keyboard",
          "[gui][evidence]")
{
    FreshDatabase db(u"kohi_gui_evidence"_s);
    const auto clerk = db.createStaff(u"gev_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = db.createStaff(u"gev_appr"_s, {u"kohi_approver"_s});
    {
        // The approver registers the cabinets on 保管庫の登録; their menu has no 証拠書類の保管
        // (documents are the clerks').
        auto session = db.connect(approver);
        const auto info = kohi::db::SessionInfo::fetch(*session);
        kohi::app::MainWindow window(std::move(session), info);
        CHECK_FALSE(window.findChild<QAction*>(u"evidenceCustodyAction"_s));
        CHECK(window.findChild<QAction*>(u"evidenceCabinetAction"_s));
        EvidenceCabinetDialog cabinets(window.session());
        cabinets.show();
        REQUIRE(QTest::qWaitForWindowExposed(&cabinets));
        auto* area = child<QComboBox>(cabinets, "evidenceCabinetArea");
        REQUIRE(area->count() == 4);
        const auto add = [&](const QString& label, const QString& location, const QString& code) {
            child<QLineEdit>(cabinets, "evidenceCabinetLabel")->insert(label);
            child<QLineEdit>(cabinets, "evidenceCabinetLocation")->insert(location);
            area->setCurrentIndex(area->findData(code));
            return cabinets.registerCabinet();
        };
        REQUIRE(add(u"書庫A"_s, u"本庁3階 難病認定G 書庫"_s, u"staff_only"_s));
        REQUIRE(add(u"窓口棚"_s, u"本庁1階 受付カウンター"_s, u"counter"_s));
        CHECK_FALSE(add(u"書庫A"_s, u"別の場所"_s, u"staff_only"_s));
        CHECK(cabinets.message().contains(u"同じ名前"_s));
        CHECK(child<QTableWidget>(cabinets, "evidenceCabinetTable")->rowCount() == 2);
        if (const QString dir = qEnvironmentVariable("KOHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            REQUIRE(QDir().mkpath(dir));
            cabinets.grab().save(QDir(dir).filePath(u"evidence-cabinets.png"_s));
        }
    }
    REQUIRE(db.dba()
                .exec(u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                      " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                      " municipality_code, synthetic) VALUES ('54', '5400777', '保管', '花子',"
                      " 'ホカン', 'ハナコ', '1970-05-05', 2, '大阪府池田市1-1', '272043', true)"_s)
                .ok);

    auto session = db.connect(clerk);
    REQUIRE(session->exec(u"SELECT kohi_api.session_begin('gui-evidence')"_s).ok);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::MainWindow window(std::move(session), info);
    CHECK(window.findChild<QAction*>(u"evidenceCustodyAction"_s));

    EvidenceCustodyDialog dialog(window.session());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // The number field has the focus; Enter lists the recipient's papers (none yet).
    auto* number = child<QLineEdit>(dialog, "evidenceRecipientNumber");
    CHECK(number->hasFocus());
    QTest::keyClicks(number, u"5400777"_s);
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(dialog.message() == u"0 件（持ち出し中 0 件）"_s);

    // My Number evidence at the counter: the server refuses and says why; nothing is listed.
    auto* kind = child<QComboBox>(dialog, "evidenceKind");
    kind->setCurrentIndex(kind->findData(u"mynumber"_s));
    child<QLineEdit>(dialog, "evidenceDescription")->insert(u"個人番号カードの写し"_s);
    auto* cabinet = child<QComboBox>(dialog, "evidenceCabinet");
    REQUIRE(cabinet->count() == 2);
    cabinet->setCurrentIndex(cabinet->findText(u"窓口棚"_s, Qt::MatchStartsWith));
    altKey(dialog, Qt::Key_E); // 登録(&E)
    CHECK(dialog.message().contains(u"職員専用区域の保管庫にだけ"_s));
    CHECK(dialog.model()->rowCount() == 0);

    // In the staff-only cabinet it is registered and listed as stored.
    cabinet->setCurrentIndex(cabinet->findText(u"書庫A"_s, Qt::MatchStartsWith));
    altKey(dialog, Qt::Key_E);
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(dialog.message().startsWith(u"書類を登録しました"_s));
    CHECK(state(dialog) == u"保管中"_s);
    CHECK(dialog.model()->index(0, EvidenceDocumentModel::KindColumn).data().toString() ==
          u"個人番号の証拠書類"_s);

    // Out without a reason: refused. With one: out; back with one: stored.
    altKey(dialog, Qt::Key_O);
    CHECK(dialog.message().contains(u"理由"_s));
    CHECK(state(dialog) == u"保管中"_s);
    child<QLineEdit>(dialog, "evidenceReason")->insert(u"審査会資料の複写"_s);
    altKey(dialog, Qt::Key_O);
    CHECK(state(dialog).startsWith(u"持ち出し中（"_s + clerk.login));
    CHECK(dialog.model()->index(0, EvidenceDocumentModel::ReasonColumn).data().toString() ==
          u"審査会資料の複写"_s);
    // Returned to the counter: refused (My Number evidence); to where it came from: stored.
    auto* returnTo = child<QComboBox>(dialog, "evidenceReturnTo");
    returnTo->setCurrentIndex(returnTo->findText(u"窓口棚"_s, Qt::MatchStartsWith));
    child<QLineEdit>(dialog, "evidenceReason")->insert(u"複写を終えた"_s);
    altKey(dialog, Qt::Key_B);
    CHECK(dialog.message().contains(u"職員専用区域"_s));
    returnTo->setCurrentIndex(0); // 元の保管庫
    altKey(dialog, Qt::Key_B);
    CHECK(dialog.message() == u"「個人番号カードの写し」を返却しました。"_s);
    CHECK(state(dialog) == u"保管中"_s);

    // A second document, out for nine hours: overdue, in red, counted in the summary.
    kind->setCurrentIndex(kind->findData(u"other"_s));
    child<QLineEdit>(dialog, "evidenceDescription")->insert(u"診断書"_s);
    cabinet->setCurrentIndex(cabinet->findText(u"窓口棚"_s, Qt::MatchStartsWith));
    altKey(dialog, Qt::Key_E);
    REQUIRE(dialog.model()->rowCount() == 2);
    child<QTableView>(dialog, "evidenceTable")->selectRow(0);
    child<QLineEdit>(dialog, "evidenceReason")->insert(u"医療機関への照会"_s);
    altKey(dialog, Qt::Key_O);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.evidence_document SET checked_out_at = now() - interval"
                      " '9 hours' WHERE state = 'checked_out'"_s)
                .ok);
    number->setFocus();
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(dialog.message() == u"2 件（持ち出し中 1 件、うち返却期限超過 1 件）"_s);
    CHECK(state(dialog, 0).startsWith(u"返却期限超過（"_s));

    if (const QString dir = qEnvironmentVariable("KOHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        REQUIRE(QDir().mkpath(dir));
        dialog.grab().save(QDir(dir).filePath(u"evidence-custody.png"_s));
    }
}
