// Command gendata writes the sample records of the halfyear example: the
// records of a fictional district committee (政协柳州市某区委员会, 九届) for the
// first half of 2022, modelled on a real half-year work summary.
//
// Every record is built through the Go APIs of the domain packages —
// constructors, registers and workflow methods — so every proposal history
// and research phase history is legal by construction, and every number a
// summary quotes (44 proposals received, 38 registered, 21 clues …) is
// counted by the library from the records, never typed in as a total.
//
// # Regenerating
//
// From the module root:
//
//	go run ./examples/halfyear/internal/gendata
//
// writes examples/halfyear/data/records.json; -o names another file, and
// -o - writes to standard output. Or, in this directory:
//
//	go generate
//
// The output is deterministic: the same program always writes the same
// bytes. The package's test regenerates the records in memory and fails if
// the committed file differs, so the file cannot go stale.
//
// # What the records hold
//
//   - the committee, 55 members with posts, special committees and activity
//     groups (科技组, 社会组, 工商组, 法制组, 文史组), 21 of them in the
//     non-public economy;
//   - the sessions: 九届八次主席会议 and 九届六次常委会议 (December 2021), the plenary
//     九届三次会议 (8–10 January 2022), 九届七次常委会议, 九届九次主席会议 (which
//     decided on the proposals and chose the key research topics), 九届十次主席会议
//     (which selected the key proposals) and the 联席会议 of 3 May 2022 at which
//     the proposals were assigned;
//   - 44 proposals received since the plenary: 38 registered (32 assigned
//     to district units, 6 forwarded to 市政协), 2 merged, 2 turned into
//     意见建议, 1 into 社情民意, 1 not registered; 3 key proposals;
//   - three research topics, two of them key;
//   - the activities of the half year: 社情民意 work, meetings of other
//     bodies, two 文史 books, the 常委学习班, members' group activities and
//     visits, and exchange visits;
//   - the members' duty records derived from all of the above.
//
// Some sectors made no proposal and the activity groups acted unevenly,
// so the diagnoses 界别作用还不够充分 and 委员活动小组开展工作不平衡 are supported by
// the records.
package main

//go:generate go run . -o ../../data/records.json
