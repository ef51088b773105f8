package zh

import (
	"fmt"
	"strconv"
)

// AtLeast writes the lower bound of the rate num/den that summaries quote
// instead of the exact rate: 满意或基本满意达99%以上 for 99.2%, or 95%以上
// with a step of 5. The rate is cut down (never rounded up) to a whole
// multiple of step per cent, so the bound is always true: 99.95% gives
// 99%以上, never 100%以上. A rate of exactly 100% is written 100%, with no
// 以上; in 以上 the bound itself is included, as in legal usage.
//
// step is in whole per cent, from 1 to 100. It is an error when den is not
// positive, num is negative or above den, step is out of range, or the
// rate is below the first step (0.5% has no bound of 1%以上 to give).
func AtLeast(num, den, step int) (string, error) {
	switch {
	case den <= 0:
		return "", fmt.Errorf("zh: 比率的分母应为正数，实为%d", den)
	case num < 0 || num > den:
		return "", fmt.Errorf("zh: 比率%d/%d不在0至100%%之间", num, den)
	case step < 1 || step > 100:
		return "", fmt.Errorf("zh: 下限的步长应为1至100个百分点，实为%d", step)
	}
	if num == den {
		return "100%", nil
	}
	whole := int(uint64(num) * 100 / uint64(den)) // floor, below 100
	bound := whole - whole%step
	if bound == 0 {
		return "", fmt.Errorf("zh: 比率%s不足%d%%，无法写成“%d%%以上”", Percent(num, den), step, step)
	}
	return strconv.Itoa(bound) + "%以上", nil
}
