package member_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

func ExampleNewRoster() {
	sectors := member.MustSectors("特邀人士")
	r := member.NewRoster(sectors)
	for _, m := range []member.Member{
		{ID: "m1", Name: "张伟", Gender: member.Male, Party: member.PartyDemocraticLeague, Sector: member.SectorDemocraticLeague},
		{ID: "m2", Name: "李娜", Gender: member.Female, Party: member.PartyCPC, Sector: member.SectorCPC},
		{ID: "m3", Name: "王强", Gender: member.Male, Party: member.PartyNonParty, Sector: "特邀人士"},
		{ID: "m4", Name: "丁一", Gender: member.Male, Party: member.PartyJiuSan, Sector: member.SectorEconomy},
	} {
		if err := r.Add(m); err != nil {
			fmt.Println(err)
		}
	}
	// 以姓氏笔画为序
	var names []string
	for _, m := range r.Members() {
		names = append(names, m.Name)
	}
	fmt.Println(strings.Join(names, "　"))
	for _, g := range r.GroupedBySector() {
		fmt.Println(g.Sector, len(g.Members))
	}
	fmt.Println(r.CountByGender())
	// Output:
	// 丁一　王强　李娜　张伟
	// 中国共产党 1
	// 中国民主同盟 1
	// 经济界 1
	// 特邀人士 1
	// [{男 3} {女 1}]
}

func ExampleMember_Validate() {
	m := member.Member{
		ID:        "m1",
		Name:      "Zhang",
		Gender:    member.Male,
		IDNumber:  "11010519491231002X",
		BirthDate: lvzhi.MustDate(1949, 12, 31),
		Sector:    "外星界",
		Contact:   member.Contact{Mobile: "1234"},
	}
	var verrs lvzhi.ValidationErrors
	if errors.As(m.Validate(), &verrs) {
		for _, fe := range verrs {
			fmt.Println(fe.Label + "：" + fe.Message)
		}
	}
	// Output:
	// 姓名：姓名应为2至20个字的中文姓名（由汉字组成，可含间隔号“·”）
	// 党派：党派为必填字段
	// 联系方式.手机号码：手机号码不是有效的手机号码
	// 界别：界别“外星界”不是本委员会设置的界别
	// 公民身份号码：公民身份号码中的性别与性别“男”不一致
}

func ExampleRoster_Add_duplicate() {
	r := member.NewRoster(member.DefaultSectors())
	_ = r.Add(member.Member{ID: "m1", Name: "张伟", Gender: member.Male, Party: member.PartyCPC, Sector: member.SectorCPC})
	err := r.Add(member.Member{ID: "m1", Name: "李娜", Gender: member.Female, Party: member.PartyCPC, Sector: member.SectorCPC})
	fmt.Println(err)
	fmt.Println(errors.Is(err, member.ErrDuplicateID), r.Len())
	// Output:
	// 委员编号 m1 重复：李娜与已在名册中的张伟相同
	// true 1
}

func ExampleScheme_Tally() {
	r := member.NewRoster(member.DefaultSectors())
	_ = r.Add(member.Member{ID: "m1", Name: "张伟", Gender: member.Male, Party: member.PartyCPC, Sector: member.SectorCPC})
	_ = r.Add(member.Member{ID: "m2", Name: "王强", Gender: member.Male, Party: member.PartyCPC, Sector: member.SectorCPC})
	_ = r.Add(member.Member{ID: "m3", Name: "李娜", Gender: member.Female, Party: member.PartyCPC, Sector: member.SectorCPC})
	day := lvzhi.MustDate(2022, 1, 8)
	duties := []member.Duty{
		{Member: "m1", Date: day, Kind: member.DutyPlenary, Count: 6},     // 30
		{Member: "m1", Date: day, Kind: member.DutyProposalAccepted},      // 15
		{Member: "m2", Date: day, Kind: member.DutyPlenary, Count: 6},     // 30
		{Member: "m3", Date: day, Kind: member.DutyPlenary, Count: 6},     // 30
		{Member: "m3", Date: day, Kind: member.DutyLeave, Reason: "因病请假"}, // 0
	}
	tallies, err := member.DefaultScheme().Tally(r, duties, lvzhi.FirstHalf(2022).Range())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range tallies {
		fmt.Printf("%d. %s %d分 %s\n", t.Rank, t.Name, t.Points, t.Grade)
	}
	// Output:
	// 1. 张伟 45分 不称职
	// 2. 王强 30分 不称职
	// 2. 李娜 30分 不称职
}

func ExampleGroupBalance() {
	groups := []member.GroupTally{
		{Group: "科技组", Activities: 6},
		{Group: "社会组", Activities: 5},
		{Group: "工商组", Activities: 1},
	}
	b := member.GroupBalance(groups, member.DefaultImbalanceThreshold)
	fmt.Printf("变异系数%.2f，不平衡：%t，落后：%v\n", b.CV, b.Unbalanced, b.Lagging)
	// Output:
	// 变异系数0.54，不平衡：true，落后：[工商组]
}

func ExampleNewSectors() {
	sectors, err := member.NewSectors("特邀人士")
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := sectors.Parse("特邀人士")
	fmt.Println(s, err)
	i, _ := sectors.Index(s)
	fmt.Println(i, sectors.Len())
	_, err = sectors.Parse("外星界")
	fmt.Println(err)
	// Output:
	// 特邀人士 <nil>
	// 34 35
	// lvzhi: 无法解析界别 "外星界"：格式不正确：不是本委员会设置的界别
}
