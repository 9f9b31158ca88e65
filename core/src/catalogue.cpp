// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/activation.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "functions/all.h"
#include "kernels.h"
#include "reluexplorer/numbers.h"

namespace rx {
namespace {

// The instruction set whose kernels run: the best the processor has, or RX_KERNEL_ISA if it has that.
std::string_view chosenIsa()
{
    std::string_view best = "generic";
#if defined(RX_HAVE_X86_KERNELS)
    const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    const bool avx512 = avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw");
    best = avx512 ? "avx512" : avx2 ? "avx2" : "generic";
    const char *requested = std::getenv("RX_KERNEL_ISA");
    const std::string_view wanted = requested ? requested : "";
    if (wanted == "generic" || (wanted == "avx2" && avx2) || (wanted == "avx512" && avx512))
        best = wanted;
#endif
    return best;
}

template <class F> Activation describe()
{
    Activation a = F::describe();
    a.kinks = &F::kinks;
    if constexpr (requires(std::span<const double> p) { F::parameterProblem(p, DType::Float32); })
        a.parameterProblem = &F::parameterProblem;
    else if constexpr (requires(std::span<const double> p) { F::parameterProblem(p); })
        a.parameterProblem = [](std::span<const double> p, DType) { return F::parameterProblem(p); };
    if (a.parameters.size() != F::paramCount || a.quantityCount() != fn::quantityCountOf<F>())
        throw std::logic_error("rx::catalogue: " + a.id +
                               "'s metadata and kernels disagree on its parameters");
    return a;
}

std::vector<Activation> buildCatalogue()
{
    std::vector<Activation> entries;
#define RX_DESCRIBE(F) entries.push_back(describe<fn::F>());
    RX_CATALOGUE(RX_DESCRIBE)
#undef RX_DESCRIBE
    const std::string_view isa = kernelIsa();
#if defined(RX_HAVE_X86_KERNELS)
    if (isa == "avx512")
        detail::avx512::installKernels(entries);
    else if (isa == "avx2")
        detail::avx2::installKernels(entries);
    else
#endif
        detail::generic::installKernels(entries);
    return entries;
}

template <class T>
void evaluateImpl(const Activation &f, const std::vector<Kernel<T>> &kernels, Quantity q,
                  std::span<const T> x, std::span<const double> params, std::span<T> out)
{
    if (q.index >= kernels.size())
        throw std::out_of_range("rx::evaluate: no such quantity for " + f.id);
    if (params.size() != f.parameters.size())
        throw std::invalid_argument("rx::evaluate: " + f.id + " takes " +
                                    std::to_string(f.parameters.size()) + " parameters");
    if (x.size() != out.size())
        throw std::invalid_argument("rx::evaluate: input and output sizes differ");
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Parameter &p = f.parameters[i];
        const double v = params[i];
        if (p.isChoice() && !(v >= 0 && v < static_cast<double>(p.choices.size()) && v == std::floor(v)))
            throw std::invalid_argument("rx::evaluate: " + f.id + "." + p.name + " is not a choice index");
    }
    kernels[q.index](x.data(), params.data(), out.data(), x.size());
}

} // namespace

std::string_view groupName(Group group)
{
    return group == Group::ReluFamily ? "ReLU family" : "Smooth relatives";
}

std::vector<double> Activation::defaultParameters() const
{
    std::vector<double> values;
    for (const Parameter &p : parameters)
        values.push_back(p.defaultValue);
    return values;
}

std::size_t Activation::quantityCount() const
{
    std::size_t count = 2;
    for (const Parameter &p : parameters)
        count += p.isChoice() ? 0 : 1;
    return count;
}

std::optional<Quantity> Activation::derivativeBy(std::size_t parameterIndex) const
{
    if (parameterIndex >= parameters.size() || parameters[parameterIndex].isChoice())
        return std::nullopt;
    std::size_t numeric = 0;
    for (std::size_t i = 0; i < parameterIndex; ++i)
        numeric += parameters[i].isChoice() ? 0 : 1;
    return Quantity::dydParam(numeric);
}

int Activation::differentiatedParameter(Quantity q) const
{
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (derivativeBy(i) == q)
            return static_cast<int>(i);
    return -1;
}

int Activation::parameterIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (parameters[i].name == name)
            return static_cast<int>(i);
    return -1;
}

const std::vector<Activation> &catalogue()
{
    static const std::vector<Activation> entries = buildCatalogue();
    return entries;
}

const Activation *findActivation(std::string_view id)
{
    for (const Activation &a : catalogue())
        if (a.id == id)
            return &a;
    return nullptr;
}

void evaluate(const Activation &f, Quantity q, std::span<const float> x, std::span<const double> params,
              std::span<float> out)
{
    evaluateImpl(f, f.floatKernels, q, x, params, out);
}

void evaluate(const Activation &f, Quantity q, std::span<const double> x, std::span<const double> params,
              std::span<double> out)
{
    evaluateImpl(f, f.doubleKernels, q, x, params, out);
}

std::string quantityName(const Activation &f, Quantity q)
{
    if (q == Quantity::value())
        return "y";
    if (q == Quantity::dydx())
        return "dydx";
    const int parameter = f.differentiatedParameter(q);
    if (parameter < 0)
        throw std::out_of_range("rx::quantityName: no such quantity for " + f.id);
    return "dyd" + f.parameters[static_cast<std::size_t>(parameter)].name;
}

std::string pytorchCode(const Activation &f, std::span<const double> params, bool module)
{
    bool customised = false;
    for (std::size_t i = 0; i < f.parameters.size() && i < params.size(); ++i)
        customised = customised || params[i] != f.parameters[i].defaultValue;
    const std::string &custom = module ? f.customModuleTemplate : f.customFunctionalTemplate;
    std::string text = customised && !custom.empty() ? custom
                       : module                      ? f.moduleTemplate
                                                     : f.functionalTemplate;
    for (std::size_t i = 0; i < f.parameters.size() && i < params.size(); ++i) {
        const Parameter &p = f.parameters[i];
        const std::string key = "{" + p.name + "}";
        std::string value;
        if (p.isChoice()) {
            const auto index = static_cast<std::size_t>(params[i]);
            value = "'" + p.choices.at(index < p.choices.size() ? index : 0) + "'";
        } else {
            value = formatNumber(params[i]);
            if (value.find_first_of(".en") == std::string::npos)
                value += ".0"; // Python float literal, as PyTorch's signatures show them
        }
        for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at))
            text.replace(at, key.size(), value);
    }
    return text;
}

std::string_view kernelIsa()
{
    static const std::string_view isa = chosenIsa();
    return isa;
}

} // namespace rx
