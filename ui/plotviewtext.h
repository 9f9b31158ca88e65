// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// QCustomPlot measures a legend entry's or a title's text afresh, shaping every glyph, each time its
// layout asks for the element's size: several times per replot, for text that a pan or a zoom does
// not change. These two remember the last answer for the same text, font and margins. Private to
// PlotView's implementation.

#include <QFont>
#include <QMargins>
#include <QSize>
#include <QString>

#include <qcustomplot.h>

namespace plotdetail {

/// The size last measured for a text in a font, with what it depended on.
class MeasuredText
{
public:
    /// size for (text, font, margins, extra), measured by measure() only when one of them changed.
    template <class Measure>
    QSize get(const QString &text, const QFont &font, const QMargins &margins, QSize extra,
              Measure measure) const
    {
        if (!m_valid || text != m_text || font != m_font || margins != m_margins || extra != m_extra) {
            m_size = measure();
            m_text = text;
            m_font = font;
            m_margins = margins;
            m_extra = extra;
            m_valid = true;
        }
        return m_size;
    }

private:
    mutable bool m_valid = false;
    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable QSize m_extra;
    mutable QSize m_size;
};

/// A legend entry for a plottable (what QCPAbstractPlottable::addToLegend makes).
class LegendItem : public QCPPlottableLegendItem
{
public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;
    QSize minimumOuterSizeHint() const override;

private:
    MeasuredText m_minimum;
};

/// The plot's title or caption.
class TextElement : public QCPTextElement
{
public:
    using QCPTextElement::QCPTextElement;
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    MeasuredText m_minimum;
    MeasuredText m_maximum;
};

} // namespace plotdetail
