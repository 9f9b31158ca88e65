// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QDialog>

#include "reluexplorer/figure.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

/// File > Export: format, size (pixels, or inches/cm with a DPI), scale, theme, transparency, text
/// size and line width in points, legend placement, title, caption and named presets. Remembers the last
/// choices (QSettings) and gives them as FigureOptions.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// currentTitle and description are placeholders for the title and caption fields.
    ExportDialog(const QString &currentTitle, const QString &description, QWidget *parent = nullptr);

    rx::FigureOptions options() const;
    void setOptions(const rx::FigureOptions &options);
    /// Applies a preset by name (as the preset box does).
    void applyPreset(const QString &name);

    /// Stores the current choices for next time (done on accept).
    void remember() const;

private:
    enum class Unit
    {
        Pixels,
        Inches,
        Centimetres
    };

    Unit unit() const;
    double unitsPerInch() const;
    void onUnitChanged();
    void onFormatChanged();
    void onEdited();
    void updateSummary();
    void restore();

    QComboBox *m_preset = nullptr;
    QComboBox *m_format = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_unit = nullptr;
    QDoubleSpinBox *m_dpi = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr; ///< 0 shows "As in the window": unset.
    QDoubleSpinBox *m_lineWidth = nullptr;
    QComboBox *m_legend = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_captionOn = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_summary = nullptr;
    QString m_description;
    Unit m_lastUnit = Unit::Pixels;
    bool m_applying = false;
};
