module example.cn/goapp

go 1.22

require (
	gitee.com/acme/mulanlib v1.2.0
	github.com/pkg/errors v0.9.1
	golang.org/x/text v0.14.0 // indirect
)
