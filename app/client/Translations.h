#pragma once

#include <QString>

namespace kohi::app {
// Japanese is the source language of every string; "en" installs the English catalogue.
void installTranslations(const QString& language);
} // namespace kohi::app
