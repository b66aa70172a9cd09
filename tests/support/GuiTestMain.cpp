// Catch2 runner with a QApplication: real widgets on the offscreen platform (or Xvfb).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("LC_MESSAGES", "C"); // libpq messages in English, as the client does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window sizes and other user settings go to a directory of this run, not the tester's.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KohiTests"));
    return Catch::Session().run(argc, argv);
}
