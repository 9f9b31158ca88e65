// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QProxyStyle>

/// WCAG 2 contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

/// a drawn with its alpha over the opaque background, as the screen shows it.
QColor composited(const QColor &a, const QColor &background);

/// wanted moved towards black or white (whichever is farther from background) until it has ratio
/// contrast on background; unchanged when it already has.
QColor readableColour(const QColor &wanted, const QColor &background, double ratio);

/// A style that draws every control's outline so that it keeps 3:1 against the window and the field
/// it sits on (WCAG 1.4.11): Fusion derives its outlines from the window colour, which leaves an
/// unchecked box, a spin box's frame or a slider's handle nearly invisible on a dark palette.
/// Over Fusion it also draws the first frame's images without image plugins (builtinimages.h): the
/// group boxes' frame, read by the built-in PNG reader, and the tool bars' extension arrow, read when
/// first shown. Everything else is the base style's.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Takes ownership of base (nullptr: the application's default style).
    explicit ContrastStyle(QStyle *base = nullptr);

    /// The outline colour for palette: the softest mix of Base towards Text with at least 3.2:1
    /// against Base, Window and Button.
    static QColor outlineColour(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    bool overFusion() const;
    mutable std::optional<QPixmap> m_groupBoxFrame; // read at the first group box drawn; null if unreadable
};
