#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

// 保険者番号 (health-insurer number). Per the national numbering rules (保険者番号の設定基準):
//  - 8 digits: 法別番号 2 + 都道府県番号 2 + 保険者別番号 3 + check digit 1 (被用者保険,
//  後期高齢者, ...);
//  - 6 digits: 国民健康保険 (市町村・国保組合): 都道府県番号 2 + 保険者別番号 3 + check digit 1.
// Both lengths use the same Luhn check digit over the preceding digits.
namespace kohi {

// Ok carries the 6 or 8 ASCII digits.
ValidationResult validateInsurerNumber(QStringView input);

} // namespace kohi
