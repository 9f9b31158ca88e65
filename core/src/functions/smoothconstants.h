// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Written by tools/golden/smooth_constants.py (mpmath 1.2.1). Do not edit.

#include <span>

// clang-format off
namespace rx::fn::smooth {

/// hi + lo, each a long double: 128 bits of a constant.
struct Constant
{
    long double hi;
    long double lo;
};

/// dy/dx = h * (c[0] + c[1] h + ...) for h = x - (root + rootLow), |h| <= radius.
struct RootSeries
{
    double root;
    long double rootLow;
    double radius;
    std::span<const long double> c;
};

inline constexpr Constant invSqrt2{0xB504F333F9DE6484p-64L, 0xB2FB1366EA957D3Ep-129L}; // 1/√2
inline constexpr Constant invSqrt2Pi{0xCC42299EA1B28468p-65L, 0xFCB3C500BAB8E2FFp-130L}; // 1/√(2π)
inline constexpr Constant twoOverSqrtPi{0x906EBA8214DB688Dp-63L, 0xE3A914FED7FD8688p-128L}; // 2/√π
inline constexpr Constant geluTanhScale{0xCC42299EA1B28468p-63L, 0xFCB3C500BAB8E2FFp-128L}; // 2·√(2/π)
inline constexpr Constant geluTanhCubic{0xB727136A400FBA88p-68L, 0x9AAA3AD18D25EDD0p-134L}; // 0.044715
inline constexpr Constant oneThird{0xAAAAAAAAAAAAAAABp-65L, -0xAAAAAAAAAAAAAAABp-130L}; // 1/3

/// dy/dx of geluErf near its zero -0.75179152469356445746: degree 14, error 2.46e-26 relative.
inline constexpr long double geluErfRootCoefficients[] = {
    0xDCECC7D2D190ABF0p-65L,
    0xC6CD4A0EF1D62B5Dp-65L,
    -0x95177CDDC32D6FDBp-69L,
    -0xE97D260BE3F4216Ep-67L,
    -0xF20441227C80E94Fp-70L,
    0x9F1A36F7A102B2FCp-69L,
    0x94BDCEB7FD55FAA6p-71L,
    -0x92C536C2B190C836p-72L,
    -0xC3407BA7318A2077p-74L,
    0xC36431DAB4743ADAp-76L,
    0xB4B0847E0ABB9801p-77L,
    -0xBC2562E50FB4355Cp-80L,
    -0x81FF2DE54CFF6450p-80L,
    0xE854751E90A6E33Bp-85L,
    0x9886976072937A6Fp-84L,
};
inline constexpr RootSeries geluErfRoot{-0x1.80ead197f00b4p-1, 0x89F3A62C656D4166p-119L, 0.125,
    geluErfRootCoefficients};

/// dy/dx of geluTanh near its zero -0.75246142207101625849: degree 14, error 4.16e-24 relative.
inline constexpr long double geluTanhRootCoefficients[] = {
    0xDC5D66964B5C8AECp-65L,
    0xC668D1597FF9944Fp-65L,
    -0x814B0AF6D83BCD41p-69L,
    -0xE95BB9A3238556CEp-67L,
    -0x882541F6E06EE2DEp-69L,
    0xA13CCB6E124B6475p-69L,
    0xAC64F6B89A3E1663p-71L,
    -0x9EC6B20B68E5351Bp-72L,
    -0xF31F94A166689863p-74L,
    0x8A5FC41F8C96D8C3p-75L,
    0x8249B70C51C98084p-76L,
    -0x929C7422101DE7E5p-78L,
    -0x85CD0783EEC57E50p-79L,
    0xC4A8C4E50E54E7DEp-81L,
    0xA1A0DD6901824550p-82L,
};
inline constexpr RootSeries geluTanhRoot{-0x1.81429f9e97e4dp-1, 0xA7A91F6BBEDEDCB3p-118L, 0.125,
    geluTanhRootCoefficients};

/// dy/dx of silu near its zero -1.2784645427610737951: degree 12, error 8.83e-23 relative.
inline constexpr long double siluRootCoefficients[] = {
    0xDF0A08230293F6DBp-66L,
    0x962B1A2C660564A4p-66L,
    0x9A9F5AB9E522BA90p-69L,
    -0xF9687195E14CA9D7p-70L,
    -0xD87C1624C7E9C009p-71L,
    0x84C7495C7E3AE907p-76L,
    0xD153E5787BA342A1p-74L,
    0xC2BA689648490A86p-76L,
    -0xAB91C72187590501p-78L,
    -0xF96C3AA33D3406C4p-79L,
    -0xC57874878FD16413p-82L,
    0x9D5559D0A55267A4p-82L,
    0xE595C8BA9D5F4774p-84L,
};
inline constexpr RootSeries siluRoot{-0x1.474973c84120bp+0, -0xFC6BA5E4D60AA289p-117L, 0.125,
    siluRootCoefficients};

/// dy/dx of mish near its zero -1.1924312145154952121: degree 14, error 2.58e-25 relative.
inline constexpr long double mishRootCoefficients[] = {
    0x88AD65A12805DA36p-65L,
    0xD1A5128EC56BD91Ap-66L,
    0xABA7890D4346DAEFp-68L,
    -0xA61117F326A7DA88p-69L,
    -0x819B4EA56487D25Bp-69L,
    -0xDC3EEFDA8DB99618p-72L,
    0x8F2F0C2507E90051p-73L,
    0x81BCC8C157A97ECAp-73L,
    0x853CAA745593E6D4p-75L,
    -0xAFFFD0184498F1B7p-78L,
    -0xEA29D81FE862B15Ap-78L,
    -0x911DF8D448C342ADp-79L,
    0xFD1DAE1755B4BCF9p-84L,
    0xC34E065B36F0D306p-82L,
    0x8EB9EEEB4484DF37p-83L,
};
inline constexpr RootSeries mishRoot{-0x1.31432c0d12d84p+0, -0xDF98C8AA6D108277p-118L, 0.125,
    mishRootCoefficients};

/// GELU's Φ(-a) = e^(-a²/2) M(y), y = (a - 4)/(a + 4), 0 <= a <= 15: degree 13,
/// error 1.67e-11 relative (in doubles).
inline constexpr double geluTailCentre = 4.0;
inline constexpr double geluTailEnd = 0x1.286bca1af286cp-1; // y at a = 15
inline constexpr double geluTailCoefficients[] = {
    0x1.82b4bb8c9564bp-4,
    -0x1.5cf97b0af1e9bp-3,
    0x1.fd751a1ffb681p-4,
    -0x1.25b6aa8d0a93fp-4,
    0x1.f9b05ebd5b50dp-6,
    -0x1.1644e411eb10fp-7,
    0x1.0a1c533aed745p-11,
    0x1.4ef17c943ed97p-11,
    -0x1.889114dcb1d4cp-13,
    -0x1.7fd9294ee8afdp-15,
    0x1.df04576c895ecp-16,
    0x1.56bd30a11135cp-18,
    -0x1.00aec8ae96ef7p-18,
    -0x1.3aa15e0791633p-20,
};

/// Tanhshrink's x - tanh(x) = x³ (1/3 + u T(u)), u = x² <= 1: T to degree 16, error 1.45e-17 relative (in doubles).
inline constexpr double tanhshrinkCoefficients[] = {
    -0x1.1111111111111p-3,
    0x1.ba1ba1ba1ba0ep-5,
    -0x1.664f4882c06bcp-6,
    0x1.226e355e3b2bfp-7,
    -0x1.d6d3d0d1e48a0p-9,
    0x1.7da362d6c9103p-10,
    -0x1.35580c55bcd17p-11,
    0x1.f57b514b2d879p-13,
    -0x1.966c650db36c9p-14,
    0x1.4911530f41a40p-15,
    -0x1.0920539c1786cp-16,
    0x1.a34b82affbbaep-18,
    -0x1.3a46399bc3318p-19,
    0x1.a222374b79e44p-21,
    -0x1.bddb2a5b6e47fp-23,
    0x1.46001e44406c8p-25,
    -0x1.db978852e4582p-29,
};

} // namespace rx::fn::smooth
// clang-format on
