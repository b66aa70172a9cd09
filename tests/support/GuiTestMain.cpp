// Catch2 runner with a QApplication: real widgets on the offscreen platform (or Xvfb).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("LC_MESSAGES", "C"); // libpq messages in English, as the client does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
