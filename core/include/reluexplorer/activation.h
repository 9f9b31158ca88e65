// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rx {

enum class Group
{
    ReluFamily,
    SmoothRelatives
};

/// "ReLU family" or "Smooth relatives".
std::string_view groupName(Group group);

enum class DType
{
    Float32,
    Float64
};

/// One parameter of an activation function, named as PyTorch names it.
struct Parameter
{
    std::string name;        ///< PyTorch keyword, e.g. "negative_slope".
    std::string symbol;      ///< Symbol in the formula, e.g. "s" or "α".
    double defaultValue = 0; ///< PyTorch's default (for a choice: the index of the default choice).
    double sliderMin = 0;    ///< Suggested slider range and step.
    double sliderMax = 1;
    double sliderStep = 0.01;
    std::string meaning;              ///< One line: what the parameter does.
    std::vector<std::string> choices; ///< Non-empty for a choice parameter; its value is an index.

    bool isChoice() const { return !choices.empty(); }
};

/// What to evaluate: y, dy/dx, or dy/d(numeric parameter i), i counting only the parameters that are
/// not choices (a choice has no derivative). Also the kernel index: 0, 1, 2 + i.
struct Quantity
{
    std::size_t index = 0;

    static constexpr Quantity value() { return {0}; }
    static constexpr Quantity dydx() { return {1}; }
    static constexpr Quantity dydParam(std::size_t i) { return {2 + i}; }
    bool operator==(const Quantity &) const = default;
};

/// params are as given (double); the kernel rounds them to T as PyTorch does.
template <class T> using Kernel = void (*)(const T *x, const double *params, T *out, std::size_t n);

/// How closely an entry's values and derivatives follow docs/NUMERICS.md ("Accuracy").
struct Accuracy
{
    bool pytorchBits = false; ///< PyTorch's bits exactly (the exact value where PyTorch has none).
    unsigned ulpFloat = 0;    ///< Otherwise at most this many ulp from the exact value, float32
    unsigned ulpDouble = 0;   ///< and float64.

    static constexpr Accuracy bitsOfPytorch() { return {true, 0, 0}; }
    static constexpr Accuracy withinUlp(unsigned f32, unsigned f64) { return {false, f32, f64}; }
};

/// One entry of the catalogue: everything the window, the command line and the code generator show.
struct Activation
{
    std::string id;          ///< PyTorch functional name, e.g. "leaky_relu".
    std::string displayName; ///< e.g. "LeakyReLU".
    Group group = Group::ReluFamily;
    std::vector<Parameter> parameters;
    std::string formulaText; ///< Plain text, one line.
    std::string formulaHtml; ///< Rich text for the info panel.
    /// The formula as read aloud, for screen readers: "e to the x, minus 1", no symbols or markup.
    std::string formulaSpoken;
    std::string explanation;        ///< What it is for and its known weakness.
    std::string kinkNote;           ///< PyTorch's derivative convention at the kinks ("" if smooth).
    std::string moduleTemplate;     ///< e.g. "torch.nn.LeakyReLU(negative_slope={negative_slope})".
    std::string functionalTemplate; ///< e.g. "F.leaky_relu(x, negative_slope={negative_slope})".
    /// Used instead of the two above when a parameter differs from its default, for functions whose
    /// PyTorch module fixes them (selu: "{scale} * F.elu(x, alpha={alpha})"); empty if not needed.
    std::string customModuleTemplate;
    std::string customFunctionalTemplate;
    Accuracy accuracy;
    /// x positions where dy/dx jumps, for the given parameters (sorted, finite).
    std::vector<double> (*kinks)(std::span<const double> params) = nullptr;
    /// Why these parameter values (valid one by one) are refused together or for this function, e.g.
    /// "celu: alpha must not be 0 ...", or "", for an evaluation in dtype (a value may be 0 in float32
    /// only). Null if every value is allowed; see rx::parameterProblem.
    std::string (*parameterProblem)(std::span<const double> params, DType dtype) = nullptr;

    /// Kernels indexed by Quantity::index; use rx::evaluate rather than calling them.
    std::vector<Kernel<float>> floatKernels;
    std::vector<Kernel<double>> doubleKernels;

    /// y, dy/dx and one derivative per parameter that is not a choice.
    std::size_t quantityCount() const;
    std::vector<double> defaultParameters() const;
    /// Index of the parameter called name, or -1.
    int parameterIndex(std::string_view name) const;
    /// The quantity dy/d(parameters[parameterIndex]), or nullopt for a choice (or no such parameter).
    std::optional<Quantity> derivativeBy(std::size_t parameterIndex) const;
    /// Index of the parameter that quantity q differentiates by, or -1 for y, dy/dx and no quantity.
    int differentiatedParameter(Quantity q) const;
};

/// All functions, in display order (ReLU family first).
const std::vector<Activation> &catalogue();

/// The function with PyTorch name id, or nullptr.
const Activation *findActivation(std::string_view id);

/// out[i] = quantity of f at x[i]; params has one value per parameter (a choice as its index), rounded
/// to T as PyTorch rounds them (once, each; rrelu rounds its slope (lower + upper) / 2 computed in
/// double). NaN input gives NaN for every quantity. out may be x. Sizes of x and out must match; a
/// choice index out of range throws. Values that rx::parameterProblem refuses give unspecified
/// results.
void evaluate(const Activation &f, Quantity q, std::span<const float> x, std::span<const double> params,
              std::span<float> out);
void evaluate(const Activation &f, Quantity q, std::span<const double> x, std::span<const double> params,
              std::span<double> out);

/// Scalar convenience for tests, the trace readout and kink markers.
template <class T> T evaluateAt(const Activation &f, Quantity q, T x, std::span<const double> params)
{
    T out{};
    evaluate(f, q, std::span<const T>(&x, 1), params, std::span<T>(&out, 1));
    return out;
}

/// Name of a quantity's CSV column: "y", "dydx", "dyd" + parameter name (numeric parameters only).
std::string quantityName(const Activation &f, Quantity q);

/// The PyTorch call for these parameters: module ("torch.nn.PReLU(num_parameters=1, init=0.1)")
/// or functional ("F.prelu(x, weight)"). Numbers in shortest round-trip form, choices quoted. The
/// custom templates, where f has them, stand in when a parameter differs from its default.
std::string pytorchCode(const Activation &f, std::span<const double> params, bool module);

/// Name of the instruction set whose kernels run: "avx512", "avx2" or "generic".
std::string_view kernelIsa();

} // namespace rx
