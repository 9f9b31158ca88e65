// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <QImage>
#include <QPen>
#include <QPointF>
#include <QString>
#include <QWidget>

#include "reluexplorer/sampling.h"
#include "reluexplorer/state.h"
#include "ui/plottheme.h"

class QCPGraph;
class QCPItemStraightLine;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;
class QPaintDevice;

/// The plot: one curve per shown function (derivatives dashed in the same colour, the PyTorch-default
/// ghost faint), kink markers, zero-gradient shading and the tracer's crosshair. It displays what it
/// is given; the user's pan and zoom come back as viewChanged, the pointer as traceMoved.
class PlotView : public QWidget
{
    Q_OBJECT
public:
    enum class Curve
    {
        Value,
        Derivative,
        Ghost
    };

    explicit PlotView(QWidget *parent = nullptr);
    ~PlotView() override;

    void setTheme(const PlotTheme &theme);
    const PlotTheme &theme() const { return m_theme; }

    /// The shown functions, labels, view range and toggles of state; curve data comes with setCurves.
    void setState(const rx::ExplorerState &state);
    /// The data of one shown function; queues one replot.
    void setCurves(const rx::FunctionCurves &curves);
    /// Crosshair at x with a dot on each curve (NaN hides it). Redraws only the overlay layer.
    void setTrace(double x, const std::vector<rx::TracePoint> &points);
    /// The tracer's values in words (TracePanel::readout) as the plot's accessible description while
    /// it traces, so that a screen reader on the focused plot hears them; otherwise how to use it.
    void setAccessibleReadout(const QString &readout);

    /// The Signal view's input distribution N(mean, std²), drawn faintly along the bottom of the plot
    /// (its peak at a third of the height); std <= 0 hides it.
    void setInputDistribution(double mean, double std);
    std::pair<std::vector<double>, std::vector<double>> inputDistributionData() const;

    /// Read-only view of what is drawn, for tests and export.
    std::pair<std::vector<double>, std::vector<double>> curveData(const std::string &id, Curve curve) const;
    QPen curvePen(const std::string &id, Curve curve) const;
    bool isCurveVisible(const std::string &id, Curve curve) const;
    std::vector<std::pair<double, double>> shadedIntervals(const std::string &id) const;
    std::vector<QPointF> kinkMarkers(const std::string &id) const;
    QString title() const;
    QString yAxisLabel() const;
    QStringList legendEntries() const;
    /// The family's curves (ExplorerState::family), in order of the parameter's values.
    int familyCurveCount() const;
    std::pair<std::vector<double>, std::vector<double>> familyCurveData(int index) const;
    QPen familyCurvePen(int index) const;

    rx::ViewRange viewRange() const;
    /// Pixels across the plotting area: the one-sample-per-pixel count.
    int sampleWidth() const;
    /// Widget pixel of plot coordinates (x, y), and back.
    QPointF pixelFor(double x, double y) const;
    QPointF coordAt(const QPointF &pixel) const;
    double traceX() const { return m_traceX; }
    /// True when the last redraw was of one function's layer only (a parameter drag's fast path).
    bool lastReplotPartial() const { return m_lastReplotPartial; }

    /// For figures: a title instead of the function names ("" restores them), and a caption line
    /// under the plot ("" removes it).
    void setTitleOverride(const QString &title);
    void setCaption(const QString &caption);
    /// Lays the plot out at its current size now (sampleWidth() is then exact), without waiting for
    /// the event loop.
    void layOut();
    /// The plot drawn at logical size onto an image of size·scale pixels; transparent leaves the
    /// background unpainted.
    QImage renderImage(const QSize &logical, double scale, bool transparent);
    /// The plot drawn at logical size onto the whole of device, as vectors (PDF, SVG).
    bool renderTo(QPaintDevice *device, const QSize &logical, bool transparent);

    /// Sets the view as the user would (validated; emits viewChanged). False if refused.
    bool requestView(const rx::ViewRange &view);
    /// Moves the tracer by steps samples (from the view's centre when it is hidden).
    void moveTrace(int steps);

signals:
    /// The user panned or zoomed.
    void viewChanged(const rx::ViewRange &view);
    /// A pan or zoom was refused (degenerate range); why, for the status bar.
    void viewRefused(const QString &why);
    void sampleWidthChanged(int pixels);
    /// Pointer or keyboard moved the tracer to x (a sample point); NaN when the pointer left.
    void traceMoved(double x);
    void replotted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct FunctionGraphs;

    void applyTheme();
    void rebuildGraphs(const std::vector<std::string> &ids);
    bool updateLegend();
    void updateLabels();
    /// Schedules one redraw on the next event-loop pass: everything, or only the active layer.
    void requestReplot(bool full);
    void flushReplot();
    void activate(FunctionGraphs *graphs);
    void setFamilyCurves(FunctionGraphs *graphs, const std::vector<rx::FamilyMember> &members);
    FunctionGraphs *graphsFor(const std::string &id) const;
    void onRangeChanged(bool xAxis, double lower, double upper, double oldLower, double oldUpper);
    void onMouseMove(QMouseEvent *event);
    void showKinkToolTip(QMouseEvent *event);
    std::vector<double> traceGrid() const;
    void emitTraceAt(double x);
    /// Clears the backgrounds for a transparent figure; returns what restores them.
    std::function<void()> clearBackgrounds();

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_input = nullptr; ///< The Signal view's input density (plotviewsignal.cpp).
    PlotTheme m_theme = PlotTheme::light();
    std::vector<std::unique_ptr<FunctionGraphs>> m_graphs;
    std::vector<std::string> m_ids;
    std::vector<QCPGraph *> m_legendGraphs;
    QString m_title;
    QString m_yLabel;
    bool m_showDerivatives = false;
    bool m_applyingView = false;
    bool m_replotQueued = false;
    bool m_fullReplotPending = false;
    bool m_lastReplotPartial = false;
    bool m_sawFullReplot = false;
    bool m_activePending = false;
    bool m_overlayPending = false;
    FunctionGraphs *m_active = nullptr;
    double m_traceX;
    int m_lastSampleWidth = -1;
    QCPTextElement *m_titleElement = nullptr;
    QCPTextElement *m_captionElement = nullptr;
    QString m_titleOverride;
    QCPItemStraightLine *m_crossV = nullptr;
    QCPItemStraightLine *m_crossH = nullptr;
    rx::FamilyView m_family; ///< Drawn instead of the usual curves when enabled.
};
