package summary

import (
	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/table"
)

// The elements of an official document (公文) beyond the body, after
// GB/T 9704-2012 《党政机关公文格式》: the 版头 above the title, the 主送机关,
// the 附件说明 and the attachments, the 附注 and the 版记 at the foot of the
// last page. A work summary sent out as a 公文 sets them; every one is
// optional, and a Document without them renders as before.

// Head is the 版头 (GB/T 9704-2012 §7.2): everything above the red
// separator line. A Head with no 发文机关标志 (Mark) is not written at all.
type Head struct {
	// Copy is the 份号, six Arabic digits (000001), for a secret document.
	Copy string `json:"copy,omitempty"`
	// Secrecy is the 密级和保密期限: 秘密★1年, 机密, 绝密★长期.
	Secrecy string `json:"secrecy,omitempty"`
	// Urgency is the 紧急程度: 特急 or 加急 (平急 and 特提 for telegrams).
	Urgency string `json:"urgency,omitempty"`
	// Mark is the 发文机关标志: the issuing body's full or standard short
	// name, usually followed by 文件 (柳州市某区政协办公室文件). It is printed
	// in red 小标宋 centred at the top.
	Mark string `json:"mark,omitempty"`
	// Number is the 发文字号: the issuer's code, the year in full inside
	// 六角括号 and the serial number without 第 or leading zeros, then 号
	// (区政协办发〔2022〕12号).
	Number string `json:"number,omitempty"`
	// Signers are the 签发人 of a document sent up (上行文); when set, the
	// 发文字号 sits left on the line of the 签发人.
	Signers []string `json:"signers,omitempty"`
}

// IsZero reports whether h holds nothing.
func (h Head) IsZero() bool {
	return h.Copy == "" && h.Secrecy == "" && h.Urgency == "" && h.Mark == "" && h.Number == "" && len(h.Signers) == 0
}

// Attachment is one 附件: a title and its content, text, tables or both.
// Attachments are listed in the 附件说明 under the body (附件：1.…) and
// printed after the 落款, each starting on a new page with "附件1" at the
// top left and its title centred on the third line.
type Attachment struct {
	// Title is the attachment's name as the 附件说明 lists it, without
	// punctuation at the end: 2022年上半年提案办理情况统计表.
	Title string `json:"title"`
	// Paragraphs are its text, before its tables.
	Paragraphs []string `json:"paragraphs,omitempty"`
	// Tables are its tables. A table's own Title is its caption; an
	// attachment of one table usually leaves it empty, since the
	// attachment title names it.
	Tables []table.Table `json:"tables,omitempty"`
}

// Record is the 版记 (GB/T 9704-2012 §7.4): the copies (抄送机关) and the
// printing office with its date, between rules at the foot of the last
// page.
type Record struct {
	// CC are the 抄送机关, in protocol order, without punctuation: the
	// renderers join them with "，" and end with "。".
	CC []string `json:"cc,omitempty"`
	// Printer is the 印发机关, usually the office: 柳州市某区政协办公室.
	Printer string `json:"printer,omitempty"`
	// Printed is the 印发日期, written in Arabic numerals (2022年7月8日印发).
	Printed lvzhi.Date `json:"printed,omitzero"`
}

// IsZero reports whether r holds nothing.
func (r Record) IsZero() bool { return len(r.CC) == 0 && r.Printer == "" && r.Printed.IsZero() }
