# The same million synchronously finishing awaits as sync_await_chain.py, in a program large enough (over 4,000
# lines of generated C++) that pyco compiles it at -Og: symmetric transfer must stay a tail call there too
# (docs/toolchain.md, "Optimisation level of generated code"). The stages are a pipeline of small coroutines.
import asyncio


async def stage_0(value, log):
    if value % 2 == 0:
        log.append(0)
    return value + 0

async def stage_1(value, log):
    if value % 3 == 0:
        log.append(1)
    return value + 1

async def stage_2(value, log):
    if value % 4 == 0:
        log.append(2)
    return value + 2

async def stage_3(value, log):
    if value % 5 == 0:
        log.append(3)
    return value + 3

async def stage_4(value, log):
    if value % 6 == 0:
        log.append(4)
    return value + 4

async def stage_5(value, log):
    if value % 7 == 0:
        log.append(5)
    return value + 5

async def stage_6(value, log):
    if value % 8 == 0:
        log.append(6)
    return value + 6

async def stage_7(value, log):
    if value % 9 == 0:
        log.append(7)
    return value + 7

async def stage_8(value, log):
    if value % 10 == 0:
        log.append(8)
    return value + 8

async def stage_9(value, log):
    if value % 11 == 0:
        log.append(9)
    return value + 9

async def stage_10(value, log):
    if value % 12 == 0:
        log.append(10)
    return value + 10

async def stage_11(value, log):
    if value % 13 == 0:
        log.append(11)
    return value + 11

async def stage_12(value, log):
    if value % 14 == 0:
        log.append(12)
    return value + 12

async def stage_13(value, log):
    if value % 15 == 0:
        log.append(13)
    return value + 13

async def stage_14(value, log):
    if value % 16 == 0:
        log.append(14)
    return value + 14

async def stage_15(value, log):
    if value % 17 == 0:
        log.append(15)
    return value + 15

async def stage_16(value, log):
    if value % 18 == 0:
        log.append(16)
    return value + 16

async def stage_17(value, log):
    if value % 19 == 0:
        log.append(17)
    return value + 17

async def stage_18(value, log):
    if value % 20 == 0:
        log.append(18)
    return value + 18

async def stage_19(value, log):
    if value % 21 == 0:
        log.append(19)
    return value + 19

async def stage_20(value, log):
    if value % 22 == 0:
        log.append(20)
    return value + 20

async def stage_21(value, log):
    if value % 23 == 0:
        log.append(21)
    return value + 21

async def stage_22(value, log):
    if value % 24 == 0:
        log.append(22)
    return value + 22

async def stage_23(value, log):
    if value % 25 == 0:
        log.append(23)
    return value + 23

async def stage_24(value, log):
    if value % 26 == 0:
        log.append(24)
    return value + 24

async def stage_25(value, log):
    if value % 27 == 0:
        log.append(25)
    return value + 25

async def stage_26(value, log):
    if value % 28 == 0:
        log.append(26)
    return value + 26

async def stage_27(value, log):
    if value % 29 == 0:
        log.append(27)
    return value + 27

async def stage_28(value, log):
    if value % 30 == 0:
        log.append(28)
    return value + 28

async def stage_29(value, log):
    if value % 31 == 0:
        log.append(29)
    return value + 29

async def stage_30(value, log):
    if value % 32 == 0:
        log.append(30)
    return value + 30

async def stage_31(value, log):
    if value % 33 == 0:
        log.append(31)
    return value + 31

async def stage_32(value, log):
    if value % 34 == 0:
        log.append(32)
    return value + 32

async def stage_33(value, log):
    if value % 35 == 0:
        log.append(33)
    return value + 33

async def stage_34(value, log):
    if value % 36 == 0:
        log.append(34)
    return value + 34

async def stage_35(value, log):
    if value % 37 == 0:
        log.append(35)
    return value + 35

async def stage_36(value, log):
    if value % 38 == 0:
        log.append(36)
    return value + 36

async def stage_37(value, log):
    if value % 39 == 0:
        log.append(37)
    return value + 37

async def stage_38(value, log):
    if value % 40 == 0:
        log.append(38)
    return value + 38

async def stage_39(value, log):
    if value % 41 == 0:
        log.append(39)
    return value + 39

async def stage_40(value, log):
    if value % 42 == 0:
        log.append(40)
    return value + 40

async def stage_41(value, log):
    if value % 43 == 0:
        log.append(41)
    return value + 41

async def stage_42(value, log):
    if value % 44 == 0:
        log.append(42)
    return value + 42

async def stage_43(value, log):
    if value % 45 == 0:
        log.append(43)
    return value + 43

async def stage_44(value, log):
    if value % 46 == 0:
        log.append(44)
    return value + 44

async def stage_45(value, log):
    if value % 47 == 0:
        log.append(45)
    return value + 45

async def stage_46(value, log):
    if value % 48 == 0:
        log.append(46)
    return value + 46

async def stage_47(value, log):
    if value % 49 == 0:
        log.append(47)
    return value + 47

async def stage_48(value, log):
    if value % 50 == 0:
        log.append(48)
    return value + 48

async def stage_49(value, log):
    if value % 51 == 0:
        log.append(49)
    return value + 49

async def stage_50(value, log):
    if value % 52 == 0:
        log.append(50)
    return value + 50

async def stage_51(value, log):
    if value % 53 == 0:
        log.append(51)
    return value + 51

async def stage_52(value, log):
    if value % 54 == 0:
        log.append(52)
    return value + 52

async def stage_53(value, log):
    if value % 55 == 0:
        log.append(53)
    return value + 53

async def stage_54(value, log):
    if value % 56 == 0:
        log.append(54)
    return value + 54

async def stage_55(value, log):
    if value % 57 == 0:
        log.append(55)
    return value + 55

async def stage_56(value, log):
    if value % 58 == 0:
        log.append(56)
    return value + 56

async def stage_57(value, log):
    if value % 59 == 0:
        log.append(57)
    return value + 57

async def stage_58(value, log):
    if value % 60 == 0:
        log.append(58)
    return value + 58

async def stage_59(value, log):
    if value % 61 == 0:
        log.append(59)
    return value + 59

async def stage_60(value, log):
    if value % 62 == 0:
        log.append(60)
    return value + 60

async def stage_61(value, log):
    if value % 63 == 0:
        log.append(61)
    return value + 61

async def stage_62(value, log):
    if value % 64 == 0:
        log.append(62)
    return value + 62

async def stage_63(value, log):
    if value % 65 == 0:
        log.append(63)
    return value + 63

async def stage_64(value, log):
    if value % 66 == 0:
        log.append(64)
    return value + 64

async def stage_65(value, log):
    if value % 67 == 0:
        log.append(65)
    return value + 65

async def stage_66(value, log):
    if value % 68 == 0:
        log.append(66)
    return value + 66

async def stage_67(value, log):
    if value % 69 == 0:
        log.append(67)
    return value + 67

async def stage_68(value, log):
    if value % 70 == 0:
        log.append(68)
    return value + 68

async def stage_69(value, log):
    if value % 71 == 0:
        log.append(69)
    return value + 69

async def stage_70(value, log):
    if value % 72 == 0:
        log.append(70)
    return value + 70

async def stage_71(value, log):
    if value % 73 == 0:
        log.append(71)
    return value + 71

async def stage_72(value, log):
    if value % 74 == 0:
        log.append(72)
    return value + 72

async def stage_73(value, log):
    if value % 75 == 0:
        log.append(73)
    return value + 73

async def stage_74(value, log):
    if value % 76 == 0:
        log.append(74)
    return value + 74

async def stage_75(value, log):
    if value % 77 == 0:
        log.append(75)
    return value + 75

async def stage_76(value, log):
    if value % 78 == 0:
        log.append(76)
    return value + 76

async def stage_77(value, log):
    if value % 79 == 0:
        log.append(77)
    return value + 77

async def stage_78(value, log):
    if value % 80 == 0:
        log.append(78)
    return value + 78

async def stage_79(value, log):
    if value % 81 == 0:
        log.append(79)
    return value + 79


STAGES = [stage_0, stage_1, stage_2, stage_3, stage_4, stage_5, stage_6, stage_7, stage_8, stage_9, stage_10, stage_11, stage_12, stage_13, stage_14, stage_15, stage_16, stage_17, stage_18, stage_19, stage_20, stage_21, stage_22, stage_23, stage_24, stage_25, stage_26, stage_27, stage_28, stage_29, stage_30, stage_31, stage_32, stage_33, stage_34, stage_35, stage_36, stage_37, stage_38, stage_39, stage_40, stage_41, stage_42, stage_43, stage_44, stage_45, stage_46, stage_47, stage_48, stage_49, stage_50, stage_51, stage_52, stage_53, stage_54, stage_55, stage_56, stage_57, stage_58, stage_59, stage_60, stage_61, stage_62, stage_63, stage_64, stage_65, stage_66, stage_67, stage_68, stage_69, stage_70, stage_71, stage_72, stage_73, stage_74, stage_75, stage_76, stage_77, stage_78, stage_79]


async def one(i):
    return i & 1


async def main():
    total = 0
    for i in range(1_000_000):
        total += await one(i)
    print(total)
    log = []
    value = 1
    for stage in STAGES:
        value = await stage(value, log)
    print(value, len(log), log[:10])


asyncio.run(main())
