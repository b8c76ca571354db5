"""Maximum likelihood: a coin's likelihood curve and its peak, the bias and consistency of the
1/n variance, least squares found by maximizing a Gaussian likelihood, and the cross-entropy as
a Bernoulli negative log-likelihood, stable and naive, at a margin of 800."""

from __future__ import annotations

import numpy as np
from scipy import optimize, special, stats


def coin() -> None:
    heads, tosses = 7, 10
    grid = np.linspace(0.1, 0.9, 9)
    likelihood = stats.binom.pmf(heads, tosses, grid)
    print(f"coin, {heads} heads in {tosses} tosses: L(p) on a grid")
    print("  " + "  ".join(f"{p:.1f}:{v:.4f}" for p, v in zip(grid, likelihood, strict=True)))
    best = optimize.minimize_scalar(
        lambda p: -stats.binom.logpmf(heads, tosses, p), bounds=(0, 1), method="bounded"
    )
    print(f"  the optimizer's peak p̂ = {best.x:.6f} (k/n = {heads / tosses})")
    ratio = stats.binom.pmf(heads, tosses, 0.7) / stats.binom.pmf(heads, tosses, 0.5)
    print(f"  L(0.7) / L(0.5) = {ratio:.2f}")


def variance_bias_and_consistency() -> None:
    rng = np.random.default_rng(0)
    runs, n = 200_000, 4
    draws = rng.normal(0.0, 3.0, size=(runs, n))  # σ² = 9
    print(f"σ̂² (divide by n) of samples of n = {n} from N(0, 9), averaged over {runs}:")
    print(f"  {np.var(draws, axis=1).mean():.3f}  (≈ (n − 1)/n · 9 = {(n - 1) / n * 9:.2f})")
    print("  one growing sample: σ̂² →", end="")
    stream = rng.normal(0.0, 3.0, size=100_000)
    for size in (10, 1_000, 100_000):
        print(f"  n = {size}: {np.var(stream[:size]):.3f}", end="")
    print("  (consistent: → 9)")


def least_squares_is_mle() -> None:
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 4.0])
    design = np.column_stack([x, np.ones_like(x)])
    (w_ls, b_ls), sse, *_ = np.linalg.lstsq(design, y, rcond=None)

    def nll(theta):
        w, b, log_sigma = theta
        return -np.sum(stats.norm.logpdf(y, loc=w * x + b, scale=np.exp(log_sigma)))

    found = optimize.minimize(nll, [0.0, 0.0, 0.0], method="BFGS")
    w_ml, b_ml, log_sigma = found.x
    print("three points (0, 1), (1, 2), (2, 4):")
    print(f"  least squares: w = {w_ls:.4f}, b = {b_ls:.4f}, SSE = {sse[0]:.4f}")
    print(
        f"  Gaussian MLE:  w = {w_ml:.4f}, b = {b_ml:.4f}, σ̂² = {np.exp(2 * log_sigma):.4f}"
        f" (= SSE/n = {sse[0] / len(x):.4f})"
    )


def label_nll(z, labels) -> float:
    """−Σ log P(yᵢ) under P(y = 1) = σ(z), with log σ from scipy (exact at any margin)."""
    return -float(np.sum(np.where(labels == 1, special.log_expit(z), special.log_expit(-z))))


def cross_entropy_is_mle() -> None:
    for z, label in [(3.0, 1), (3.0, 0), (800.0, 0)]:
        stable = label_nll(np.array([z]), np.array([label]))
        with np.errstate(over="ignore", divide="ignore"):
            p = 1.0 / (1.0 + np.exp(-z))
            naive = -stats.bernoulli.logpmf(label, p)
        print(
            f"  z = {z:g}, y = {label}: −log P(y) = {stable:.4f}, with p = σ(z) first: {naive:.4f}"
        )
    scores = np.array([-2.0, -1.0, 1.0, 2.0])  # separable: y = 1 exactly where z > 0
    labels = np.array([0, 0, 1, 1])
    losses = ", ".join(f"{label_nll(scale * scores, labels):.3g}" for scale in (1, 10, 100))
    print(f"  separable labels, w scaled by 1, 10, 100: NLL = {losses}")


def main() -> None:
    coin()
    variance_bias_and_consistency()
    least_squares_is_mle()
    print("labels under p = σ(z), the cross-entropy as −log P(y):")
    cross_entropy_is_mle()


if __name__ == "__main__":
    main()
