package align

import (
	"math"
	"slices"
)

// LengthModel is a length model in the spirit of Gale and Church (1993):
// the length of a translation is proportional to the length of the
// original, with a variance that grows with the length. Ratio and Variance
// are estimated per language pair from the documents themselves, so
// Chinese (about a third of English in characters) and Russian (a little
// longer than English) need no table.
type LengthModel struct {
	// Ratio is the expected number of characters of the version per
	// character of the pivot.
	Ratio float64
	// Variance is the variance of the length difference per pivot
	// character, measured in pivot characters.
	Variance float64
}

// defaultVariance is Gale and Church's estimate for European languages.
const defaultVariance = 6.8

// NewLengthModel estimates the ratio from the total lengths of the two
// texts, with the default variance. Empty texts give the ratio 1.
func NewLengthModel(pivotChars, versionChars float64) LengthModel {
	r := 1.0
	if pivotChars > 0 && versionChars > 0 {
		r = versionChars / pivotChars
	}
	return LengthModel{Ratio: r, Variance: defaultVariance}
}

// Delta is the standardised length difference of a pivot text of a
// characters and a version text of b characters: 0 when b is exactly the
// expected length, about ±1 for a typical translation.
func (m LengthModel) Delta(a, b float64) float64 {
	bp := b / m.Ratio // version length in pivot characters
	mean := (a + bp) / 2
	if mean < 1 {
		mean = 1
	}
	return (bp - a) / math.Sqrt(mean*m.Variance)
}

// Cost is -log of the probability of a length difference at least as
// large as the one observed, under a normal model: 0 for a perfect fit,
// growing with the square of Delta. Beyond tailStart the growth is damped:
// real translations have heavier tails than a normal law (a translator
// who spells out an abbreviation, a sentence added for clarity), and a
// badly fitting pair is still more likely than two missing paragraphs.
func (m LengthModel) Cost(a, b float64) float64 {
	return tailCost(math.Abs(m.Delta(a, b)))
}

// costTable holds tailCost at steps of 1/costStep, for the DP's inner loop.
var costTable = func() []float64 {
	t := make([]float64, costMax*costStep+2)
	for k := range t {
		t[k] = exactTailCost(float64(k) / costStep)
	}
	return t
}()

const (
	costStep = 64
	costMax  = 64
)

// tailCost is exactTailCost by linear interpolation in costTable (error
// below 1e-3), and exact beyond the table.
func tailCost(d float64) float64 {
	x := d * costStep
	if x >= costMax*costStep {
		return exactTailCost(d)
	}
	k := int(x)
	f := x - float64(k)
	return costTable[k]*(1-f) + costTable[k+1]*f
}

// exactTailCost is the damped -log of the two-sided normal tail at d.
func exactTailCost(d float64) float64 {
	var c float64
	if p := math.Erfc(d / math.Sqrt2); p > 1e-300 {
		c = -math.Log(p)
	} else {
		// Asymptotic form of -log erfc(x/√2) for large x.
		c = d*d/2 + math.Log(d) + 0.5*math.Log(math.Pi/2)
	}
	if c > tailStart {
		c = tailStart + (c-tailStart)/3
	}
	return c
}

// tailStart is the length cost beyond which it grows three times slower.
const tailStart = 4.0

// minVariance is the smallest variance refit accepts: close translations
// (the UDHR) give tiny estimates that would make any paraphrase look like
// a misalignment.
const minVariance = defaultVariance / 2

// refit re-estimates the variance from pairs of lengths believed to be
// translations of each other (a robust estimate: the median squared
// standardised difference over the median of a χ² with one degree of
// freedom). It keeps the current variance when fewer than 20 pairs are
// given (the ratio with fewer than 3), and keeps the result within [minVariance, 200].
func (m LengthModel) refit(pairs [][2]float64) LengthModel {
	if len(pairs) < 3 {
		return m
	}
	// Ratio from the sums over confident pairs.
	var sa, sb float64
	for _, p := range pairs {
		sa += p[0]
		sb += p[1]
	}
	if sa > 0 && sb > 0 {
		m.Ratio = sb / sa
	}
	sq := make([]float64, 0, len(pairs))
	for _, p := range pairs {
		bp := p[1] / m.Ratio
		mean := (p[0] + bp) / 2
		if mean < 1 {
			mean = 1
		}
		sq = append(sq, (bp-p[0])*(bp-p[0])/mean)
	}
	if len(pairs) < 20 {
		return m
	}
	slices.Sort(sq)
	med := sq[len(sq)/2]
	v := med / 0.4549
	m.Variance = math.Min(200, math.Max(minVariance, v))
	return m
}
