// The English UI: [ui] language=en installs translations/kohi_en.ts (compiled into the client as
// :/i18n/kohi_en.qm). Japanese stays the source language, so every other test sees Japanese: the
// translators installed here are removed again before each test case ends.
#include "app/client/BenefitLabels.h"
#include "app/client/LoginDialog.h"
#include "app/client/Translations.h"
#include "core/crypto/SecureBytes.h"
#include "db/ConnectionSettings.h"
#include "db/LoginFailure.h"
#include "db/MyNumberConfirmation.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/Session.h"
#include "db/SessionInfo.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {

// kohi::app::installTranslations("en") for the lifetime of this object. The function parents
// its translators to the application and keeps no handle, so the guard removes and deletes the
// ones that appeared while it ran.
class EnglishUi
{
public:
    EnglishUi()
    {
        const auto before = translators();
        kohi::app::installTranslations(u"en"_s);
        for (QTranslator* t : translators()) {
            if (!before.contains(t))
                m_installed.push_back(t);
        }
    }
    ~EnglishUi()
    {
        for (QTranslator* t : m_installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    EnglishUi(const EnglishUi&) = delete;
    EnglishUi& operator=(const EnglishUi&) = delete;

    bool kohiCatalogueInstalled() const
    {
        for (const QTranslator* t : m_installed) {
            if (t->filePath() == u":/i18n/kohi_en.qm"_s)
                return true;
        }
        return false;
    }

private:
    static QList<QTranslator*> translators()
    {
        return QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    }
    std::vector<QTranslator*> m_installed;
};

bool hasJapanese(const QString& text)
{
    // Hiragana, katakana (full and half width), CJK ideographs and symbols, full-width forms.
    static const QRegularExpression japanese(
        u"[\\x{3000}-\\x{30FF}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"_s);
    return text.contains(japanese);
}

kohi::db::ConnectionSettings someSettings()
{
    kohi::db::ConnectionSettings settings;
    settings.host = u"db.example.invalid"_s;
    settings.sslRootCert = u"/nonexistent/ca.crt"_s;
    return settings;
}

// Every visible text of the dialog: title, labels (form labels included) and buttons.
QStringList visibleTexts(const QWidget& dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().isEmpty())
            texts << label->text();
    }
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        texts << button->text();
    return texts;
}

struct CatalogueCount
{
    int messages = 0;
    QStringList unfinished; // source texts without a finished translation
    QStringList placeholderMismatches;
    QString error;
};

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(u"%L?\\d+"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

CatalogueCount countCatalogue(const QString& path)
{
    CatalogueCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        count.error = file.errorString();
        return count;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "message"_L1) {
            ++count.messages;
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || translation.trimmed().isEmpty())
                count.unfinished << source;
            else if (placeholders(source) != placeholders(translation))
                count.placeholderMismatches << source;
        }
    }
    if (xml.hasError())
        count.error = xml.errorString();
    return count;
}

} // namespace

TEST_CASE("with language en the login dialog shows English texts only", "[gui][i18n]")
{
    {
        EnglishUi english;
        REQUIRE(english.kohiCatalogueInstalled());

        kohi::app::LoginDialog dialog(someSettings());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));

        CHECK(dialog.windowTitle() == u"Kohi Public Medical Expense System — Log in"_s);
        auto* loginButton = dialog.findChild<QPushButton*>(u"loginButton"_s);
        REQUIRE(loginButton);
        CHECK(loginButton->text() == u"Log in"_s);
        QStringList formLabels;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy())
                formLabels << label->text();
        }
        formLabels.sort();
        CHECK(formLabels == QStringList{u"&Password"_s, u"&User ID"_s});

        const QStringList texts = visibleTexts(dialog);
        CHECK(texts.size() >= 7);
        for (const QString& text : texts) {
            INFO(text.toStdString());
            CHECK_FALSE(hasJapanese(text));
        }

        // Messages made after construction are English too.
        QTest::mouseClick(loginButton, Qt::LeftButton);
        CHECK(dialog.message() == u"Please enter your user ID."_s);
    }

    // The guard took its translators with it: the next dialog is Japanese again.
    kohi::app::LoginDialog japanese(someSettings());
    CHECK(japanese.windowTitle() == u"Kohi 公費負担医療システム — ログイン"_s);
}

TEST_CASE("with language en the db and label helpers are English under their run-time contexts",
          "[gui][i18n]")
{
    using kohi::db::LoginFailure;
    EnglishUi english;
    REQUIRE(english.kohiCatalogueInstalled());

    QStringList texts;
    // QCoreApplication::translate(ctx, ...) with a variable context (db/LoginFailure.cpp,
    // db/SessionInfo.cpp): lupdate cannot see these without translations/lupdate.
    for (LoginFailure failure : {LoginFailure::WrongCredentials, LoginFailure::AccountLocked,
                                 LoginFailure::ServerUnreachable, LoginFailure::CertificateProblem,
                                 LoginFailure::TerminalCertificate, LoginFailure::NotPermitted,
                                 LoginFailure::Configuration, LoginFailure::Other})
        texts << kohi::db::loginFailureMessage(failure);
    for (const QString& duty : {u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s, u"kohi_approver"_s,
                                u"kohi_mynumber_viewer"_s, u"kohi_auditor"_s, u"kohi_user_admin"_s})
        texts << kohi::db::dutyLabel(duty);
    for (const QString& kind :
         {u"production"_s, u"acceptance"_s, u"training"_s, u"development"_s, u"demo"_s, QString()})
        texts << kohi::db::environmentKindLabel(kind);
    // File-local tr() helpers called from free functions (app/client/BenefitLabels.cpp,
    // db/MyNumberConfirmation.cpp) and from members (db/MyNumberKeyCeremony.cpp).
    for (const QString& code : {u"54"_s, u"52"_s})
        texts << kohi::app::programmeLabel(code);
    for (const QString& state : {u"draft"_s, u"submitted"_s, u"approved"_s, u"returned"_s})
        texts << kohi::app::applicationStateLabel(state);
    texts << kohi::app::yenLabel(12345);
    kohi::db::Session session(someSettings()); // never opened
    texts << kohi::db::confirmMyNumber(session, 1, kohi::crypto::SecureBytes()).message;
    texts << kohi::db::MyNumberKeyCeremony::passphraseProblem(u"short"_s);
    // A literal context, read by lupdate directly (db/ConnectionSettings.cpp).
    texts << someSettings().problem();

    CHECK(texts.size() == 30); // 8 login failures (TerminalCertificate since 0023)
    for (const QString& text : texts) {
        INFO(text.toStdString());
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(hasJapanese(text));
    }
    CHECK(kohi::db::dutyLabel(u"kohi_auditor"_s) == u"Auditor"_s);
    CHECK(kohi::db::environmentKindLabel(u"production"_s) == u"Production"_s);
    CHECK(kohi::app::yenLabel(12345) == u"¥12,345"_s);
    CHECK(kohi::db::loginFailureMessage(LoginFailure::AccountLocked) ==
          u"This account is locked. Please ask a user administrator to unlock it."_s);
}

TEST_CASE("the English catalogue has no unfinished messages", "[gui][i18n]")
{
    const QString sourceDir = TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s);
    REQUIRE_FALSE(sourceDir.isEmpty());
    const CatalogueCount count = countCatalogue(sourceDir + u"/translations/kohi_en.ts"_s);
    INFO(count.error.toStdString());
    REQUIRE(count.error.isEmpty());
    CHECK(count.messages > 600);
    CHECK(count.unfinished == QStringList());
    CHECK(count.placeholderMismatches == QStringList());
}
