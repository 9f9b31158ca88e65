// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <QFont>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QString>
#include <QWidget>

#include "reluexplorer/figure.h"
#include "reluexplorer/labels.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/state.h"
#include "plottheme.h"

class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCPItemStraightLine;
class QCPLayoutGrid;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;
class QPaintDevice;

/// The plot: one curve per shown function (derivatives dashed in the same colour, the PyTorch-default
/// ghost faint), kink markers, zero-gradient shading and the tracer's crosshair, all in one panel or
/// one panel per function (ExplorerState::layout) sharing the view. It displays what it is given; the
/// user's pan and zoom come back as viewChanged, the pointer as traceMoved.
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

    /// The shown functions, labels, layout, view range and toggles of state; curve data comes with
    /// setCurves (see showOnPlot in plotupdate.h for both in one step).
    void setState(const rx::ExplorerState &state);
    /// The data of one shown function; queues one replot.
    void setCurves(const rx::FunctionCurves &curves);
    /// Crosshair at x with a dot on each curve (NaN hides it). Redraws only the overlay layer.
    void setTrace(double x, const std::vector<rx::TracePoint> &points);
    /// The tracer's values in words (TracePanel::readout) as the plot's accessible description while
    /// it traces, so that a screen reader on the focused plot hears them; otherwise how to use it.
    /// brief is spoken at each step while the plot has focus (AccessiblePlot).
    void setAccessibleReadout(const QString &readout, const QString &brief = {});

    /// The Signal view's input distribution N(mean, std²), drawn faintly along the bottom of the plot
    /// (its peak at a third of the height); std <= 0 hides it.
    void setInputDistribution(double mean, double std);
    std::pair<std::vector<double>, std::vector<double>> inputDistributionData() const;

    /// The pinned labels to draw (rx::visibleLabels): a dot on the curve at (x, y) and "(x, y)" in a
    /// box beside it, anchored in data coordinates so they follow pan and zoom. Redraws when they changed.
    void setLabels(const std::vector<rx::LabelPoint> &labels);
    /// The drawn labels' texts and boxes in widget pixels, in the order given.
    QStringList labelTexts() const;
    std::vector<QRectF> labelRects() const;

    /// Read-only view of what is drawn, for tests and export.
    std::pair<std::vector<double>, std::vector<double>> curveData(const std::string &id, Curve curve) const;
    QPen curvePen(const std::string &id, Curve curve) const;
    bool isCurveVisible(const std::string &id, Curve curve) const;
    std::vector<std::pair<double, double>> shadedIntervals(const std::string &id) const;
    std::vector<QPointF> kinkMarkers(const std::string &id) const;
    QString title() const;
    /// The title as drawn: wrapped to the width, or the number of functions where their names would
    /// take more than two lines.
    QString drawnTitle() const;
    QString yAxisLabel() const;
    QStringList legendEntries() const;
    /// Where the legend goes; Best chooses again at every full redraw. Dragging the legend with the
    /// mouse pins it where it is dropped until the next setLegendPlacement.
    void setLegendPlacement(rx::LegendPlacement placement);
    rx::LegendPlacement legendPlacement() const { return m_legendPlacement; }
    /// Whether Best may move the legend outside the axes when no spot inside is free (figures); the
    /// window keeps it inside, where it hides least, so the axes never jump while panning.
    void setLegendMayLeave(bool mayLeave) { m_legendMayLeave = mayLeave; }
    /// The legend's box in widget pixels (empty when hidden), and the plotting areas', one per panel.
    QRectF legendRect() const;
    std::vector<QRectF> panelRects() const;
    /// Each panel's title (the function's name in a grid; one empty title in an overlay).
    QStringList panelTitles() const;
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
    /// Widget pixels of the tracer's dots on id's curves, in id's own panel; empty when hidden.
    std::vector<QPointF> traceDotPixels(const std::string &id) const;
    /// True when the last redraw was of one function's layer only (a parameter drag's fast path).
    bool lastReplotPartial() const { return m_lastReplotPartial; }

    /// For figures: a title instead of the function names ("" restores them), and a caption line
    /// under the plot ("" removes it).
    void setTitleOverride(const QString &title);
    void setCaption(const QString &caption);
    /// Lays the plot out at its current size now (sampleWidth() is then exact, the legend placed and
    /// long titles wrapped), without waiting for the event loop.
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
    /// A click on a curve, or Enter while tracing, asks for a label on it at the tracer's x.
    void labelPinRequested(const rx::PinnedLabel &label);
    /// A click on a label, or Delete, asks to remove label index (of ExplorerState::labels).
    void labelRemoveRequested(std::size_t index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct FunctionGraphs;

    /// What the next redraw must repaint. Everything: the layout and every layer (data, ranges,
    /// labels, legend, theme or size changed). ActiveLayer: only the buffered layer of the function
    /// whose parameter is being dragged. Overlay: only the crosshair and trace dots.
    enum Dirty : unsigned
    {
        DirtyEverything = 1,
        DirtyActiveLayer = 2,
        DirtyOverlay = 4
    };

    void applyTheme();
    void styleAxes(QCPAxisRect *rect);
    void setUpPanels(int count);
    QCPAxisRect *panelFor(std::size_t index) const;
    void rebuildGraphs(const std::vector<std::string> &ids);
    /// The curves the legend names: every one drawn, or compact, without the derivatives (dashed in
    /// their function's colour), where there is no room for them all.
    std::vector<QCPGraph *> legendGraphs(bool compact) const;
    /// Fills the legend with legendGraphs(m_legendCompact); true if that changed it.
    bool updateLegend();
    void updateLabels();
    /// Puts the legend where m_legendPlacement says (Best: where it hides no curve sample, else
    /// outside) and wraps titles to the width; needs an up-to-date layout.
    void arrangeText();
    /// False when Best finds no spot that hides nothing (the legend then goes outside).
    bool placeLegendInside();
    void setLegendOutside(bool outside);
    /// Lays the legend's entries out in `columns` columns: m_legendColumns as usual, or more, filled
    /// down the columns, when the entries are too many for one.
    void setLegendColumns(int columns);
    /// The fewest columns that fit the legend inside area with gap around it; kept until the area,
    /// the font or the entries change.
    int legendColumnsInside(const QSizeF &area, double gap);
    /// Leaves the derivatives out of a legend that fits the axes in no number of columns, or covers
    /// more than half of them (a figure then tries the shorter one inside, then outside); takes them
    /// back when it fits again. Not when the legend is asked to go outside.
    void compactLegend(const QSizeF &area, double gap);
    /// Schedules one redraw on the next event-loop pass of what dirty names.
    void requestReplot(unsigned dirty);
    void flushReplot();
    void applyRange(const rx::ViewRange &view);
    /// In a grid, fits g's panel's y range to its own curves over the shown x; true if it moved.
    bool fitPanelY(const FunctionGraphs *g);
    void activate(FunctionGraphs *graphs);
    void setFamilyCurves(FunctionGraphs *graphs, const std::vector<rx::FamilyMember> &members);
    FunctionGraphs *graphsFor(const std::string &id) const;
    void onRangeChanged(QCPAxis *axis, double lower, double upper, double oldLower, double oldUpper);
    QCPAxisRect *panelAt(const QPointF &pos) const;
    bool dragLegend(QEvent *event);
    void onMouseMove(QMouseEvent *event);
    /// A press and release at one place: removes the label there, or pins one on the curve there.
    void onClick(const QPointF &pos);
    /// Enter and Delete while the plot has focus; true when handled.
    bool labelKey(int key);
    /// The label under pos (its box or its dot), as an index of m_labels, or -1.
    int labelAt(const QPointF &pos) const;
    /// The tracer's grid point nearest to x (x itself when there is no grid).
    double snappedX(double x) const;
    void rebuildLabelItems();
    void removeLabelItems();
    /// Puts each label's box left of its dot when it would leave its panel on the right.
    void placeLabels();
    /// The pinned labels (after how to pin one, with hint), to end the plot's accessible description.
    QString labelsDescription(bool hint) const;
    void showKinkToolTip(QMouseEvent *event);
    std::vector<double> traceGrid() const;
    void emitTraceAt(double x);
    /// Clears the backgrounds for a transparent figure; returns what restores them.
    std::function<void()> clearBackgrounds();

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_input = nullptr; ///< The Signal view's input density (plotviewsignal.cpp).
    double m_inputMean = 0;
    double m_inputStd = 0; ///< 0: no density drawn.
    PlotTheme m_theme = PlotTheme::light();
    std::vector<std::unique_ptr<FunctionGraphs>> m_graphs;
    std::vector<std::string> m_ids;
    std::vector<QCPGraph *> m_legendGraphs;
    QString m_title;
    QString m_yLabel;
    bool m_showDerivatives = false;
    bool m_applyingView = false;
    unsigned m_dirty = 0; ///< Dirty flags; a redraw is queued while any is set.
    /// Set while a full redraw takes new samples: curves that move then need no layer of their own,
    /// whose buffers are two more window-sized images to allocate and clear.
    bool m_redrawingAll = false;
    bool m_lastReplotPartial = false;
    int m_fullReplots = 0; ///< Counts afterReplot: a layer's replot may turn into a full one.
    FunctionGraphs *m_active = nullptr;
    double m_traceX;
    int m_lastSampleWidth = -1;
    QCPTextElement *m_titleElement = nullptr;
    QCPTextElement *m_captionElement = nullptr;
    QString m_titleOverride;
    QString m_titleText; ///< The title and caption before arrangeText wraps them to the width.
    QString m_captionText;
    QCPLayoutGrid *m_panelGrid = nullptr;  ///< The panels: one axis rect, or one per function.
    QList<QCPAxisRect *> m_panels;         ///< m_panels[0] is QCustomPlot's own axis rect.
    QList<QCPItemStraightLine *> m_crossV; ///< The crosshair, one pair per panel.
    QList<QCPItemStraightLine *> m_crossH;
    rx::FamilyView m_family; ///< Drawn instead of the usual curves when enabled.
    rx::PlotLayout m_layout = rx::PlotLayout::Overlay;
    std::pair<double, double> m_viewY{0, 1}; ///< The view's y range: a grid's panels fit their own.
    std::size_t m_columns = 0;
    rx::LegendPlacement m_legendPlacement = rx::LegendPlacement::Best;
    bool m_legendPinned = false; ///< Dragged by the user: stays put.
    bool m_legendMayLeave = false;
    int m_legendColumns = 1; ///< 2 with derivatives (each curve beside its derivative); more below the axes.
    QPointF m_legendGrab;    ///< Where the legend was grabbed, from its top left; NaN when not dragging.
    bool m_legendCompact = false; ///< The legend leaves the derivatives out: see compactLegend.
    /// What the legend's layout inside the axes depends on; a pan or a zoom changes none of it.
    struct LegendKey
    {
        QSize area;
        QFont font;
        QStringList names;
        bool operator==(const LegendKey &) const = default;
    };
    LegendKey legendKey(const QSizeF &area, const std::vector<QCPGraph *> &graphs) const;
    LegendKey m_legendCompaction; ///< What m_legendCompact was chosen for.
    struct LegendFit
    {
        LegendKey key;
        int columns = 0;
        bool fits = false;
    } m_legendFit; ///< legendColumnsInside's last answer and what it depends on.
    std::vector<rx::LabelPoint> m_labels;
    QList<QCPItemText *> m_labelBoxes; ///< One per label of m_labels, with its dot.
    QList<QCPItemTracer *> m_labelDots;
    std::string m_selected; ///< ExplorerState::selected: the curve Enter pins a label on.
    QPointF m_pressPos;     ///< Where the left button went down; NaN when it is up.
    QString m_readout;      ///< The tracer's readout (setAccessibleReadout).
};
