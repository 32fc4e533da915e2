* twinmargin 0.1.0: minimize rho(2, 1) of mnist8x8_teacher_100_80_60_40_20_10 vs mnist8x8_student_40_40_10, row 1, eps 0.005
* sidecar: mnist8x8-ts-r1-2_1-min.json
NAME mnist8x8-ts-r1-2_1-min
ROWS
 N obj
 E n1_l1_affine_eq_0
 E n1_l1_affine_eq_1
 E n1_l1_affine_eq_2
 E n1_l1_affine_eq_3
 E n1_l1_affine_eq_4
 E n1_l1_affine_eq_5
 E n1_l1_affine_eq_6
 E n1_l1_affine_eq_7
 E n1_l1_affine_eq_8
 E n1_l1_affine_eq_9
 E n1_l1_affine_eq_10
 E n1_l1_affine_eq_11
 E n1_l1_affine_eq_12
 E n1_l1_affine_eq_13
 E n1_l1_affine_eq_14
 E n1_l1_affine_eq_15
 E n1_l1_affine_eq_16
 E n1_l1_affine_eq_17
 E n1_l1_affine_eq_18
 E n1_l1_affine_eq_19
 E n1_l1_affine_eq_20
 E n1_l1_affine_eq_21
 E n1_l1_affine_eq_22
 E n1_l1_affine_eq_23
 E n1_l1_affine_eq_24
 E n1_l1_affine_eq_25
 E n1_l1_affine_eq_26
 E n1_l1_affine_eq_27
 E n1_l1_affine_eq_28
 E n1_l1_affine_eq_29
 E n1_l1_affine_eq_30
 E n1_l1_affine_eq_31
 E n1_l1_affine_eq_32
 E n1_l1_affine_eq_33
 E n1_l1_affine_eq_34
 E n1_l1_affine_eq_35
 E n1_l1_affine_eq_36
 E n1_l1_affine_eq_37
 E n1_l1_affine_eq_38
 E n1_l1_affine_eq_39
 E n1_l1_affine_eq_40
 E n1_l1_affine_eq_41
 E n1_l1_affine_eq_42
 E n1_l1_affine_eq_43
 E n1_l1_affine_eq_44
 E n1_l1_affine_eq_45
 E n1_l1_affine_eq_46
 E n1_l1_affine_eq_47
 E n1_l1_affine_eq_48
 E n1_l1_affine_eq_49
 E n1_l1_affine_eq_50
 E n1_l1_affine_eq_51
 E n1_l1_affine_eq_52
 E n1_l1_affine_eq_53
 E n1_l1_affine_eq_54
 E n1_l1_affine_eq_55
 E n1_l1_affine_eq_56
 E n1_l1_affine_eq_57
 E n1_l1_affine_eq_58
 E n1_l1_affine_eq_59
 E n1_l1_affine_eq_60
 E n1_l1_affine_eq_61
 E n1_l1_affine_eq_62
 E n1_l1_affine_eq_63
 E n1_l1_affine_eq_64
 E n1_l1_affine_eq_65
 E n1_l1_affine_eq_66
 E n1_l1_affine_eq_67
 E n1_l1_affine_eq_68
 E n1_l1_affine_eq_69
 E n1_l1_affine_eq_70
 E n1_l1_affine_eq_71
 E n1_l1_affine_eq_72
 E n1_l1_affine_eq_73
 E n1_l1_affine_eq_74
 E n1_l1_affine_eq_75
 E n1_l1_affine_eq_76
 E n1_l1_affine_eq_77
 E n1_l1_affine_eq_78
 E n1_l1_affine_eq_79
 E n1_l1_affine_eq_80
 E n1_l1_affine_eq_81
 E n1_l1_affine_eq_82
 E n1_l1_affine_eq_83
 E n1_l1_affine_eq_84
 E n1_l1_affine_eq_85
 E n1_l1_affine_eq_86
 E n1_l1_affine_eq_87
 E n1_l1_affine_eq_88
 E n1_l1_affine_eq_89
 E n1_l1_affine_eq_90
 E n1_l1_affine_eq_91
 E n1_l1_affine_eq_92
 E n1_l1_affine_eq_93
 E n1_l1_affine_eq_94
 E n1_l1_affine_eq_95
 E n1_l1_affine_eq_96
 E n1_l1_affine_eq_97
 E n1_l1_affine_eq_98
 E n1_l1_affine_eq_99
 G n1_l2_relu_ge_24
 L n1_l2_relu_on_24
 L n1_l2_relu_off_24
 G n1_l2_relu_ge_37
 L n1_l2_relu_on_37
 L n1_l2_relu_off_37
 G n1_l2_relu_ge_44
 L n1_l2_relu_on_44
 L n1_l2_relu_off_44
 G n1_l2_relu_ge_57
 L n1_l2_relu_on_57
 L n1_l2_relu_off_57
 G n1_l2_relu_ge_58
 L n1_l2_relu_on_58
 L n1_l2_relu_off_58
 G n1_l2_relu_ge_65
 L n1_l2_relu_on_65
 L n1_l2_relu_off_65
 G n1_l2_relu_ge_83
 L n1_l2_relu_on_83
 L n1_l2_relu_off_83
 G n1_l2_relu_ge_96
 L n1_l2_relu_on_96
 L n1_l2_relu_off_96
 E n1_l3_affine_eq_0
 E n1_l3_affine_eq_1
 E n1_l3_affine_eq_2
 E n1_l3_affine_eq_3
 E n1_l3_affine_eq_4
 E n1_l3_affine_eq_5
 E n1_l3_affine_eq_6
 E n1_l3_affine_eq_7
 E n1_l3_affine_eq_8
 E n1_l3_affine_eq_9
 E n1_l3_affine_eq_10
 E n1_l3_affine_eq_11
 E n1_l3_affine_eq_12
 E n1_l3_affine_eq_13
 E n1_l3_affine_eq_14
 E n1_l3_affine_eq_15
 E n1_l3_affine_eq_16
 E n1_l3_affine_eq_17
 E n1_l3_affine_eq_18
 E n1_l3_affine_eq_19
 E n1_l3_affine_eq_20
 E n1_l3_affine_eq_21
 E n1_l3_affine_eq_22
 E n1_l3_affine_eq_23
 E n1_l3_affine_eq_24
 E n1_l3_affine_eq_25
 E n1_l3_affine_eq_26
 E n1_l3_affine_eq_27
 E n1_l3_affine_eq_28
 E n1_l3_affine_eq_29
 E n1_l3_affine_eq_30
 E n1_l3_affine_eq_31
 E n1_l3_affine_eq_32
 E n1_l3_affine_eq_33
 E n1_l3_affine_eq_34
 E n1_l3_affine_eq_35
 E n1_l3_affine_eq_36
 E n1_l3_affine_eq_37
 E n1_l3_affine_eq_38
 E n1_l3_affine_eq_39
 E n1_l3_affine_eq_40
 E n1_l3_affine_eq_41
 E n1_l3_affine_eq_42
 E n1_l3_affine_eq_43
 E n1_l3_affine_eq_44
 E n1_l3_affine_eq_45
 E n1_l3_affine_eq_46
 E n1_l3_affine_eq_47
 E n1_l3_affine_eq_48
 E n1_l3_affine_eq_49
 E n1_l3_affine_eq_50
 E n1_l3_affine_eq_51
 E n1_l3_affine_eq_52
 E n1_l3_affine_eq_53
 E n1_l3_affine_eq_54
 E n1_l3_affine_eq_55
 E n1_l3_affine_eq_56
 E n1_l3_affine_eq_57
 E n1_l3_affine_eq_58
 E n1_l3_affine_eq_59
 E n1_l3_affine_eq_60
 E n1_l3_affine_eq_61
 E n1_l3_affine_eq_62
 E n1_l3_affine_eq_63
 E n1_l3_affine_eq_64
 E n1_l3_affine_eq_65
 E n1_l3_affine_eq_66
 E n1_l3_affine_eq_67
 E n1_l3_affine_eq_68
 E n1_l3_affine_eq_69
 E n1_l3_affine_eq_70
 E n1_l3_affine_eq_71
 E n1_l3_affine_eq_72
 E n1_l3_affine_eq_73
 E n1_l3_affine_eq_74
 E n1_l3_affine_eq_75
 E n1_l3_affine_eq_76
 E n1_l3_affine_eq_77
 E n1_l3_affine_eq_78
 E n1_l3_affine_eq_79
 G n1_l4_relu_ge_0
 L n1_l4_relu_on_0
 L n1_l4_relu_off_0
 G n1_l4_relu_ge_3
 L n1_l4_relu_on_3
 L n1_l4_relu_off_3
 G n1_l4_relu_ge_5
 L n1_l4_relu_on_5
 L n1_l4_relu_off_5
 G n1_l4_relu_ge_14
 L n1_l4_relu_on_14
 L n1_l4_relu_off_14
 G n1_l4_relu_ge_16
 L n1_l4_relu_on_16
 L n1_l4_relu_off_16
 G n1_l4_relu_ge_21
 L n1_l4_relu_on_21
 L n1_l4_relu_off_21
 G n1_l4_relu_ge_28
 L n1_l4_relu_on_28
 L n1_l4_relu_off_28
 G n1_l4_relu_ge_41
 L n1_l4_relu_on_41
 L n1_l4_relu_off_41
 G n1_l4_relu_ge_55
 L n1_l4_relu_on_55
 L n1_l4_relu_off_55
 G n1_l4_relu_ge_61
 L n1_l4_relu_on_61
 L n1_l4_relu_off_61
 G n1_l4_relu_ge_65
 L n1_l4_relu_on_65
 L n1_l4_relu_off_65
 G n1_l4_relu_ge_68
 L n1_l4_relu_on_68
 L n1_l4_relu_off_68
 G n1_l4_relu_ge_73
 L n1_l4_relu_on_73
 L n1_l4_relu_off_73
 G n1_l4_relu_ge_77
 L n1_l4_relu_on_77
 L n1_l4_relu_off_77
 E n1_l5_affine_eq_0
 E n1_l5_affine_eq_1
 E n1_l5_affine_eq_2
 E n1_l5_affine_eq_3
 E n1_l5_affine_eq_4
 E n1_l5_affine_eq_5
 E n1_l5_affine_eq_6
 E n1_l5_affine_eq_7
 E n1_l5_affine_eq_8
 E n1_l5_affine_eq_9
 E n1_l5_affine_eq_10
 E n1_l5_affine_eq_11
 E n1_l5_affine_eq_12
 E n1_l5_affine_eq_13
 E n1_l5_affine_eq_14
 E n1_l5_affine_eq_15
 E n1_l5_affine_eq_16
 E n1_l5_affine_eq_17
 E n1_l5_affine_eq_18
 E n1_l5_affine_eq_19
 E n1_l5_affine_eq_20
 E n1_l5_affine_eq_21
 E n1_l5_affine_eq_22
 E n1_l5_affine_eq_23
 E n1_l5_affine_eq_24
 E n1_l5_affine_eq_25
 E n1_l5_affine_eq_26
 E n1_l5_affine_eq_27
 E n1_l5_affine_eq_28
 E n1_l5_affine_eq_29
 E n1_l5_affine_eq_30
 E n1_l5_affine_eq_31
 E n1_l5_affine_eq_32
 E n1_l5_affine_eq_33
 E n1_l5_affine_eq_34
 E n1_l5_affine_eq_35
 E n1_l5_affine_eq_36
 E n1_l5_affine_eq_37
 E n1_l5_affine_eq_38
 E n1_l5_affine_eq_39
 E n1_l5_affine_eq_40
 E n1_l5_affine_eq_41
 E n1_l5_affine_eq_42
 E n1_l5_affine_eq_43
 E n1_l5_affine_eq_44
 E n1_l5_affine_eq_45
 E n1_l5_affine_eq_46
 E n1_l5_affine_eq_47
 E n1_l5_affine_eq_48
 E n1_l5_affine_eq_49
 E n1_l5_affine_eq_50
 E n1_l5_affine_eq_51
 E n1_l5_affine_eq_52
 E n1_l5_affine_eq_53
 E n1_l5_affine_eq_54
 E n1_l5_affine_eq_55
 E n1_l5_affine_eq_56
 E n1_l5_affine_eq_57
 E n1_l5_affine_eq_58
 E n1_l5_affine_eq_59
 G n1_l6_relu_ge_8
 L n1_l6_relu_on_8
 L n1_l6_relu_off_8
 G n1_l6_relu_ge_9
 L n1_l6_relu_on_9
 L n1_l6_relu_off_9
 G n1_l6_relu_ge_14
 L n1_l6_relu_on_14
 L n1_l6_relu_off_14
 G n1_l6_relu_ge_35
 L n1_l6_relu_on_35
 L n1_l6_relu_off_35
 G n1_l6_relu_ge_41
 L n1_l6_relu_on_41
 L n1_l6_relu_off_41
 G n1_l6_relu_ge_58
 L n1_l6_relu_on_58
 L n1_l6_relu_off_58
 E n1_l7_affine_eq_0
 E n1_l7_affine_eq_1
 E n1_l7_affine_eq_2
 E n1_l7_affine_eq_3
 E n1_l7_affine_eq_4
 E n1_l7_affine_eq_5
 E n1_l7_affine_eq_6
 E n1_l7_affine_eq_7
 E n1_l7_affine_eq_8
 E n1_l7_affine_eq_9
 E n1_l7_affine_eq_10
 E n1_l7_affine_eq_11
 E n1_l7_affine_eq_12
 E n1_l7_affine_eq_13
 E n1_l7_affine_eq_14
 E n1_l7_affine_eq_15
 E n1_l7_affine_eq_16
 E n1_l7_affine_eq_17
 E n1_l7_affine_eq_18
 E n1_l7_affine_eq_19
 E n1_l7_affine_eq_20
 E n1_l7_affine_eq_21
 E n1_l7_affine_eq_22
 E n1_l7_affine_eq_23
 E n1_l7_affine_eq_24
 E n1_l7_affine_eq_25
 E n1_l7_affine_eq_26
 E n1_l7_affine_eq_27
 E n1_l7_affine_eq_28
 E n1_l7_affine_eq_29
 E n1_l7_affine_eq_30
 E n1_l7_affine_eq_31
 E n1_l7_affine_eq_32
 E n1_l7_affine_eq_33
 E n1_l7_affine_eq_34
 E n1_l7_affine_eq_35
 E n1_l7_affine_eq_36
 E n1_l7_affine_eq_37
 E n1_l7_affine_eq_38
 E n1_l7_affine_eq_39
 G n1_l8_relu_ge_13
 L n1_l8_relu_on_13
 L n1_l8_relu_off_13
 G n1_l8_relu_ge_15
 L n1_l8_relu_on_15
 L n1_l8_relu_off_15
 G n1_l8_relu_ge_27
 L n1_l8_relu_on_27
 L n1_l8_relu_off_27
 G n1_l8_relu_ge_35
 L n1_l8_relu_on_35
 L n1_l8_relu_off_35
 E n1_l9_affine_eq_0
 E n1_l9_affine_eq_1
 E n1_l9_affine_eq_2
 E n1_l9_affine_eq_3
 E n1_l9_affine_eq_4
 E n1_l9_affine_eq_5
 E n1_l9_affine_eq_6
 E n1_l9_affine_eq_7
 E n1_l9_affine_eq_8
 E n1_l9_affine_eq_9
 E n1_l9_affine_eq_10
 E n1_l9_affine_eq_11
 E n1_l9_affine_eq_12
 E n1_l9_affine_eq_13
 E n1_l9_affine_eq_14
 E n1_l9_affine_eq_15
 E n1_l9_affine_eq_16
 E n1_l9_affine_eq_17
 E n1_l9_affine_eq_18
 E n1_l9_affine_eq_19
 G n1_l10_relu_ge_0
 L n1_l10_relu_on_0
 L n1_l10_relu_off_0
 G n1_l10_relu_ge_1
 L n1_l10_relu_on_1
 L n1_l10_relu_off_1
 G n1_l10_relu_ge_5
 L n1_l10_relu_on_5
 L n1_l10_relu_off_5
 E n1_l11_affine_eq_0
 E n1_l11_affine_eq_1
 E n1_l11_affine_eq_2
 E n1_l11_affine_eq_3
 E n1_l11_affine_eq_4
 E n1_l11_affine_eq_5
 E n1_l11_affine_eq_6
 E n1_l11_affine_eq_7
 E n1_l11_affine_eq_8
 E n1_l11_affine_eq_9
 E n2_l1_affine_eq_0
 E n2_l1_affine_eq_1
 E n2_l1_affine_eq_2
 E n2_l1_affine_eq_3
 E n2_l1_affine_eq_4
 E n2_l1_affine_eq_5
 E n2_l1_affine_eq_6
 E n2_l1_affine_eq_7
 E n2_l1_affine_eq_8
 E n2_l1_affine_eq_9
 E n2_l1_affine_eq_10
 E n2_l1_affine_eq_11
 E n2_l1_affine_eq_12
 E n2_l1_affine_eq_13
 E n2_l1_affine_eq_14
 E n2_l1_affine_eq_15
 E n2_l1_affine_eq_16
 E n2_l1_affine_eq_17
 E n2_l1_affine_eq_18
 E n2_l1_affine_eq_19
 E n2_l1_affine_eq_20
 E n2_l1_affine_eq_21
 E n2_l1_affine_eq_22
 E n2_l1_affine_eq_23
 E n2_l1_affine_eq_24
 E n2_l1_affine_eq_25
 E n2_l1_affine_eq_26
 E n2_l1_affine_eq_27
 E n2_l1_affine_eq_28
 E n2_l1_affine_eq_29
 E n2_l1_affine_eq_30
 E n2_l1_affine_eq_31
 E n2_l1_affine_eq_32
 E n2_l1_affine_eq_33
 E n2_l1_affine_eq_34
 E n2_l1_affine_eq_35
 E n2_l1_affine_eq_36
 E n2_l1_affine_eq_37
 E n2_l1_affine_eq_38
 E n2_l1_affine_eq_39
 G n2_l2_relu_ge_7
 L n2_l2_relu_on_7
 L n2_l2_relu_off_7
 E n2_l3_affine_eq_0
 E n2_l3_affine_eq_1
 E n2_l3_affine_eq_2
 E n2_l3_affine_eq_3
 E n2_l3_affine_eq_4
 E n2_l3_affine_eq_5
 E n2_l3_affine_eq_6
 E n2_l3_affine_eq_7
 E n2_l3_affine_eq_8
 E n2_l3_affine_eq_9
 E n2_l3_affine_eq_10
 E n2_l3_affine_eq_11
 E n2_l3_affine_eq_12
 E n2_l3_affine_eq_13
 E n2_l3_affine_eq_14
 E n2_l3_affine_eq_15
 E n2_l3_affine_eq_16
 E n2_l3_affine_eq_17
 E n2_l3_affine_eq_18
 E n2_l3_affine_eq_19
 E n2_l3_affine_eq_20
 E n2_l3_affine_eq_21
 E n2_l3_affine_eq_22
 E n2_l3_affine_eq_23
 E n2_l3_affine_eq_24
 E n2_l3_affine_eq_25
 E n2_l3_affine_eq_26
 E n2_l3_affine_eq_27
 E n2_l3_affine_eq_28
 E n2_l3_affine_eq_29
 E n2_l3_affine_eq_30
 E n2_l3_affine_eq_31
 E n2_l3_affine_eq_32
 E n2_l3_affine_eq_33
 E n2_l3_affine_eq_34
 E n2_l3_affine_eq_35
 E n2_l3_affine_eq_36
 E n2_l3_affine_eq_37
 E n2_l3_affine_eq_38
 E n2_l3_affine_eq_39
 G n2_l4_relu_ge_4
 L n2_l4_relu_on_4
 L n2_l4_relu_off_4
 G n2_l4_relu_ge_8
 L n2_l4_relu_on_8
 L n2_l4_relu_off_8
 G n2_l4_relu_ge_25
 L n2_l4_relu_on_25
 L n2_l4_relu_off_25
 G n2_l4_relu_ge_38
 L n2_l4_relu_on_38
 L n2_l4_relu_off_38
 E n2_l5_affine_eq_0
 E n2_l5_affine_eq_1
 E n2_l5_affine_eq_2
 E n2_l5_affine_eq_3
 E n2_l5_affine_eq_4
 E n2_l5_affine_eq_5
 E n2_l5_affine_eq_6
 E n2_l5_affine_eq_7
 E n2_l5_affine_eq_8
 E n2_l5_affine_eq_9
COLUMNS
    x_0 n1_l1_affine_eq_0 -0.1868685632944107 n1_l1_affine_eq_1 0.24506616592407227
    x_0 n1_l1_affine_eq_2 -0.014134765602648258 n1_l1_affine_eq_3 -0.08438373357057571
    x_0 n1_l1_affine_eq_4 -0.1378774791955948 n1_l1_affine_eq_5 0.006411879323422909
    x_0 n1_l1_affine_eq_6 0.1526424139738083 n1_l1_affine_eq_7 -0.36441510915756226
    x_0 n1_l1_affine_eq_8 0.18426457047462463 n1_l1_affine_eq_9 0.1081584095954895
    x_0 n1_l1_affine_eq_10 0.28482306003570557 n1_l1_affine_eq_11 0.060422468930482864
    x_0 n1_l1_affine_eq_12 0.0020686755888164043 n1_l1_affine_eq_13 0.0937550738453865
    x_0 n1_l1_affine_eq_14 0.14872147142887115 n1_l1_affine_eq_15 0.1223539263010025
    x_0 n1_l1_affine_eq_16 0.07282405346632004 n1_l1_affine_eq_17 -0.07179884612560272
    x_0 n1_l1_affine_eq_18 -0.3383447229862213 n1_l1_affine_eq_19 -0.1159883514046669
    x_0 n1_l1_affine_eq_20 0.2252100557088852 n1_l1_affine_eq_21 -0.20028169453144073
    x_0 n1_l1_affine_eq_22 0.13851718604564667 n1_l1_affine_eq_23 0.07034672796726227
    x_0 n1_l1_affine_eq_24 -0.15282590687274933 n1_l1_affine_eq_25 0.08512530475854874
    x_0 n1_l1_affine_eq_26 0.2793675363063812 n1_l1_affine_eq_27 0.1561124175786972
    x_0 n1_l1_affine_eq_28 -0.3305210769176483 n1_l1_affine_eq_29 0.20845067501068115
    x_0 n1_l1_affine_eq_30 -0.022187484428286552 n1_l1_affine_eq_31 0.10103309899568558
    x_0 n1_l1_affine_eq_32 -0.17346243560314178 n1_l1_affine_eq_33 0.10457026213407516
    x_0 n1_l1_affine_eq_34 -0.029357215389609337 n1_l1_affine_eq_35 -0.2768459916114807
    x_0 n1_l1_affine_eq_36 0.1036515161395073 n1_l1_affine_eq_37 -0.3388984799385071
    x_0 n1_l1_affine_eq_38 -0.019304435700178146 n1_l1_affine_eq_39 0.1291651427745819
    x_0 n1_l1_affine_eq_40 0.1317063570022583 n1_l1_affine_eq_41 -0.20201657712459564
    x_0 n1_l1_affine_eq_42 0.29722198843955994 n1_l1_affine_eq_43 -0.10030641406774521
    x_0 n1_l1_affine_eq_44 -0.4327962100505829 n1_l1_affine_eq_45 0.046546049416065216
    x_0 n1_l1_affine_eq_46 -0.30074024200439453 n1_l1_affine_eq_47 0.06281182169914246
    x_0 n1_l1_affine_eq_48 -0.21944408118724823 n1_l1_affine_eq_49 -0.336654394865036
    x_0 n1_l1_affine_eq_50 -0.2624692916870117 n1_l1_affine_eq_51 0.17639830708503723
    x_0 n1_l1_affine_eq_52 0.004419164266437292 n1_l1_affine_eq_53 -0.04100947827100754
    x_0 n1_l1_affine_eq_54 -0.2647942006587982 n1_l1_affine_eq_55 -0.36559104919433594
    x_0 n1_l1_affine_eq_56 0.059267085045576096 n1_l1_affine_eq_57 -0.003770408919081092
    x_0 n1_l1_affine_eq_58 -0.0485023632645607 n1_l1_affine_eq_59 0.08428613841533661
    x_0 n1_l1_affine_eq_60 -0.022777602076530457 n1_l1_affine_eq_61 -0.11245334893465042
    x_0 n1_l1_affine_eq_62 0.03170167654752731 n1_l1_affine_eq_63 -0.07079656422138214
    x_0 n1_l1_affine_eq_64 -0.21611814200878143 n1_l1_affine_eq_65 -0.18003493547439575
    x_0 n1_l1_affine_eq_66 0.09200005233287811 n1_l1_affine_eq_67 -0.14567458629608154
    x_0 n1_l1_affine_eq_68 0.021292461082339287 n1_l1_affine_eq_69 -0.1699042022228241
    x_0 n1_l1_affine_eq_70 -0.0928843766450882 n1_l1_affine_eq_71 0.19529128074645996
    x_0 n1_l1_affine_eq_72 -0.06718578934669495 n1_l1_affine_eq_73 0.007377821486443281
    x_0 n1_l1_affine_eq_74 0.457394540309906 n1_l1_affine_eq_75 -0.23269031941890717
    x_0 n1_l1_affine_eq_76 -0.1332104355096817 n1_l1_affine_eq_77 -0.12290123850107193
    x_0 n1_l1_affine_eq_78 0.2247646301984787 n1_l1_affine_eq_79 0.0022444252390414476
    x_0 n1_l1_affine_eq_80 -0.03594924509525299 n1_l1_affine_eq_81 0.023657623678445816
    x_0 n1_l1_affine_eq_82 0.33318230509757996 n1_l1_affine_eq_83 -0.22822244465351105
    x_0 n1_l1_affine_eq_84 0.07132896035909653 n1_l1_affine_eq_85 0.02403099648654461
    x_0 n1_l1_affine_eq_86 -0.13692611455917358 n1_l1_affine_eq_87 0.09326837211847305
    x_0 n1_l1_affine_eq_88 -0.0664888545870781 n1_l1_affine_eq_89 -0.10149070620536804
    x_0 n1_l1_affine_eq_90 0.04695401340723038 n1_l1_affine_eq_91 0.10679026693105698
    x_0 n1_l1_affine_eq_92 0.1834290623664856 n1_l1_affine_eq_93 -0.27993708848953247
    x_0 n1_l1_affine_eq_94 -0.052838362753391266 n1_l1_affine_eq_95 0.06395850330591202
    x_0 n1_l1_affine_eq_96 0.07157040387392044 n1_l1_affine_eq_97 -0.12598241865634918
    x_0 n1_l1_affine_eq_98 0.07606860995292664 n1_l1_affine_eq_99 0.37038367986679077
    x_0 n2_l1_affine_eq_0 1.0684638023376465 n2_l1_affine_eq_1 -0.20038923621177673
    x_0 n2_l1_affine_eq_2 0.5786138772964478 n2_l1_affine_eq_3 1.0289753675460815
    x_0 n2_l1_affine_eq_4 0.664749264717102 n2_l1_affine_eq_5 0.2922503352165222
    x_0 n2_l1_affine_eq_6 0.06158817932009697 n2_l1_affine_eq_7 -0.30256515741348267
    x_0 n2_l1_affine_eq_8 -0.7269731760025024 n2_l1_affine_eq_9 0.7164786458015442
    x_0 n2_l1_affine_eq_10 0.3490893840789795 n2_l1_affine_eq_11 -0.3842991590499878
    x_0 n2_l1_affine_eq_12 -0.43078145384788513 n2_l1_affine_eq_13 0.7487713694572449
    x_0 n2_l1_affine_eq_14 0.07730422914028168 n2_l1_affine_eq_15 0.7110046744346619
    x_0 n2_l1_affine_eq_16 0.4055137038230896 n2_l1_affine_eq_17 -0.6443303823471069
    x_0 n2_l1_affine_eq_18 -0.6599672436714172 n2_l1_affine_eq_19 0.5523627996444702
    x_0 n2_l1_affine_eq_20 -0.2104136198759079 n2_l1_affine_eq_21 -0.4683201014995575
    x_0 n2_l1_affine_eq_22 -0.4212549328804016 n2_l1_affine_eq_23 -0.7207625508308411
    x_0 n2_l1_affine_eq_24 -0.6408452987670898 n2_l1_affine_eq_25 -0.05042347311973572
    x_0 n2_l1_affine_eq_26 -0.1864335983991623 n2_l1_affine_eq_27 -0.6800798773765564
    x_0 n2_l1_affine_eq_28 0.5317298769950867 n2_l1_affine_eq_29 -0.8690311312675476
    x_0 n2_l1_affine_eq_30 -1.052000880241394 n2_l1_affine_eq_31 0.09338359534740448
    x_0 n2_l1_affine_eq_32 -0.7083893418312073 n2_l1_affine_eq_33 0.2712462842464447
    x_0 n2_l1_affine_eq_34 -0.4929177463054657 n2_l1_affine_eq_35 -0.6530013680458069
    x_0 n2_l1_affine_eq_36 -0.09156361222267151 n2_l1_affine_eq_37 -0.2946486473083496
    x_0 n2_l1_affine_eq_38 -0.3845781087875366 n2_l1_affine_eq_39 0.4004122018814087
    x_1 n1_l1_affine_eq_0 0.26770123839378357 n1_l1_affine_eq_1 -0.24051493406295776
    x_1 n1_l1_affine_eq_2 0.3152671158313751 n1_l1_affine_eq_3 -0.10332534462213516
    x_1 n1_l1_affine_eq_4 -0.21216394007205963 n1_l1_affine_eq_5 -0.07291332632303238
    x_1 n1_l1_affine_eq_6 0.13041116297245026 n1_l1_affine_eq_7 -0.03193170577287674
    x_1 n1_l1_affine_eq_8 0.03312037140130997 n1_l1_affine_eq_9 -0.3445853590965271
    x_1 n1_l1_affine_eq_10 -0.11793851852416992 n1_l1_affine_eq_11 -0.38661348819732666
    x_1 n1_l1_affine_eq_12 0.24158288538455963 n1_l1_affine_eq_13 0.1516302078962326
    x_1 n1_l1_affine_eq_14 0.032675012946128845 n1_l1_affine_eq_15 0.005127287469804287
    x_1 n1_l1_affine_eq_16 -0.05367862060666084 n1_l1_affine_eq_17 -0.3163316249847412
    x_1 n1_l1_affine_eq_18 -0.09345763176679611 n1_l1_affine_eq_19 -0.09783701598644257
    x_1 n1_l1_affine_eq_20 -0.1705453246831894 n1_l1_affine_eq_21 -0.10911443084478378
    x_1 n1_l1_affine_eq_22 0.04068831726908684 n1_l1_affine_eq_23 0.012241512537002563
    x_1 n1_l1_affine_eq_24 0.4646565914154053 n1_l1_affine_eq_25 -0.018621955066919327
    x_1 n1_l1_affine_eq_26 -0.21610240638256073 n1_l1_affine_eq_27 0.18128885328769684
    x_1 n1_l1_affine_eq_28 -0.03886611759662628 n1_l1_affine_eq_29 0.09918755292892456
    x_1 n1_l1_affine_eq_30 0.24113158881664276 n1_l1_affine_eq_31 0.11877092719078064
    x_1 n1_l1_affine_eq_32 0.1583370566368103 n1_l1_affine_eq_33 0.0838337242603302
    x_1 n1_l1_affine_eq_34 0.21163509786128998 n1_l1_affine_eq_35 0.07035259902477264
    x_1 n1_l1_affine_eq_36 0.10702642053365707 n1_l1_affine_eq_37 0.055082060396671295
    x_1 n1_l1_affine_eq_38 0.1993742436170578 n1_l1_affine_eq_39 0.42382892966270447
    x_1 n1_l1_affine_eq_40 0.12527911365032196 n1_l1_affine_eq_41 -0.21916520595550537
    x_1 n1_l1_affine_eq_42 -0.2838628590106964 n1_l1_affine_eq_43 0.3598731458187103
    x_1 n1_l1_affine_eq_44 0.06309973448514938 n1_l1_affine_eq_45 -0.12132063508033752
    x_1 n1_l1_affine_eq_46 -0.14880965650081635 n1_l1_affine_eq_47 -0.02495107427239418
    x_1 n1_l1_affine_eq_48 0.0554109662771225 n1_l1_affine_eq_49 -0.00048509344924241304
    x_1 n1_l1_affine_eq_50 -0.0388035848736763 n1_l1_affine_eq_51 -0.2927681803703308
    x_1 n1_l1_affine_eq_52 -0.19272828102111816 n1_l1_affine_eq_53 0.09980523586273193
    x_1 n1_l1_affine_eq_54 -0.27142295241355896 n1_l1_affine_eq_55 -0.19904176890850067
    x_1 n1_l1_affine_eq_56 -0.3493867814540863 n1_l1_affine_eq_57 -0.14999660849571228
    x_1 n1_l1_affine_eq_58 -0.1348835825920105 n1_l1_affine_eq_59 -0.1084110289812088
    x_1 n1_l1_affine_eq_60 -0.242974653840065 n1_l1_affine_eq_61 -0.500278890132904
    x_1 n1_l1_affine_eq_62 0.17729948461055756 n1_l1_affine_eq_63 -0.15443573892116547
    x_1 n1_l1_affine_eq_64 0.31810277700424194 n1_l1_affine_eq_65 0.26375946402549744
    x_1 n1_l1_affine_eq_66 0.2564357817173004 n1_l1_affine_eq_67 0.23748837411403656
    x_1 n1_l1_affine_eq_68 -0.014664714224636555 n1_l1_affine_eq_69 0.04545707255601883
    x_1 n1_l1_affine_eq_70 -0.09326238185167313 n1_l1_affine_eq_71 0.04033870995044708
    x_1 n1_l1_affine_eq_72 0.35141026973724365 n1_l1_affine_eq_73 -0.4626286029815674
    x_1 n1_l1_affine_eq_74 0.04059445112943649 n1_l1_affine_eq_75 -0.1298116147518158
    x_1 n1_l1_affine_eq_76 0.2615740895271301 n1_l1_affine_eq_77 -0.13410021364688873
    x_1 n1_l1_affine_eq_78 0.34285542368888855 n1_l1_affine_eq_79 -0.4139392375946045
    x_1 n1_l1_affine_eq_80 0.06609930843114853 n1_l1_affine_eq_81 0.21417514979839325
    x_1 n1_l1_affine_eq_82 0.0943099707365036 n1_l1_affine_eq_83 -0.1330365389585495
    x_1 n1_l1_affine_eq_84 0.07836639881134033 n1_l1_affine_eq_85 -0.018855445086956024
    x_1 n1_l1_affine_eq_86 0.16187584400177002 n1_l1_affine_eq_87 -0.12578368186950684
    x_1 n1_l1_affine_eq_88 -0.14686796069145203 n1_l1_affine_eq_89 0.11491833627223969
    x_1 n1_l1_affine_eq_90 0.5521509647369385 n1_l1_affine_eq_91 0.09913294017314911
    x_1 n1_l1_affine_eq_92 -0.2639014422893524 n1_l1_affine_eq_93 0.3844180405139923
    x_1 n1_l1_affine_eq_94 -0.2135484665632248 n1_l1_affine_eq_95 -0.5993608236312866
    x_1 n1_l1_affine_eq_96 -0.0028975619934499264 n1_l1_affine_eq_97 -0.46576496958732605
    x_1 n1_l1_affine_eq_98 -0.1711970418691635 n1_l1_affine_eq_99 0.14553619921207428
    x_1 n2_l1_affine_eq_0 0.14414699375629425 n2_l1_affine_eq_1 -0.658549964427948
    x_1 n2_l1_affine_eq_2 -0.19513066112995148 n2_l1_affine_eq_3 0.49640634655952454
    x_1 n2_l1_affine_eq_4 0.003239355981349945 n2_l1_affine_eq_5 0.749282956123352
    x_1 n2_l1_affine_eq_6 -0.4935922920703888 n2_l1_affine_eq_7 -1.2055349349975586
    x_1 n2_l1_affine_eq_8 -0.43562230467796326 n2_l1_affine_eq_9 2.4041030406951904
    x_1 n2_l1_affine_eq_10 1.1873717308044434 n2_l1_affine_eq_11 1.2703192234039307
    x_1 n2_l1_affine_eq_12 -0.16294513642787933 n2_l1_affine_eq_13 0.041841622442007065
    x_1 n2_l1_affine_eq_14 -0.8946134448051453 n2_l1_affine_eq_15 1.5910234451293945
    x_1 n2_l1_affine_eq_16 -1.7115885019302368 n2_l1_affine_eq_17 -1.5445575714111328
    x_1 n2_l1_affine_eq_18 1.2788277864456177 n2_l1_affine_eq_19 -0.3550654351711273
    x_1 n2_l1_affine_eq_20 -0.00330126890912652 n2_l1_affine_eq_21 -0.13927552103996277
    x_1 n2_l1_affine_eq_22 -0.1950843185186386 n2_l1_affine_eq_23 0.2763184905052185
    x_1 n2_l1_affine_eq_24 -0.5541915893554688 n2_l1_affine_eq_25 -0.017323404550552368
    x_1 n2_l1_affine_eq_26 1.6220057010650635 n2_l1_affine_eq_27 -0.37210559844970703
    x_1 n2_l1_affine_eq_28 -0.29833418130874634 n2_l1_affine_eq_29 -0.621073305606842
    x_1 n2_l1_affine_eq_30 0.03888074681162834 n2_l1_affine_eq_31 -1.6966845989227295
    x_1 n2_l1_affine_eq_32 0.49440544843673706 n2_l1_affine_eq_33 0.08595746755599976
    x_1 n2_l1_affine_eq_34 -1.2246378660202026 n2_l1_affine_eq_35 0.6367118954658508
    x_1 n2_l1_affine_eq_36 -1.0628728866577148 n2_l1_affine_eq_37 -0.3385072946548462
    x_1 n2_l1_affine_eq_38 -0.728707492351532 n2_l1_affine_eq_39 0.9987794756889343
    x_2 n1_l1_affine_eq_0 0.24938823282718658 n1_l1_affine_eq_1 -0.31945738196372986
    x_2 n1_l1_affine_eq_2 0.37071454524993896 n1_l1_affine_eq_3 -0.04652218520641327
    x_2 n1_l1_affine_eq_4 -0.5531496405601501 n1_l1_affine_eq_5 -0.14120548963546753
    x_2 n1_l1_affine_eq_6 -0.0590549036860466 n1_l1_affine_eq_7 -0.6742449402809143
    x_2 n1_l1_affine_eq_8 0.49477455019950867 n1_l1_affine_eq_9 -0.215520441532135
    x_2 n1_l1_affine_eq_10 -0.20127879083156586 n1_l1_affine_eq_11 -0.6183685660362244
    x_2 n1_l1_affine_eq_12 -0.059969644993543625 n1_l1_affine_eq_13 0.040426041930913925
    x_2 n1_l1_affine_eq_14 -0.3908921480178833 n1_l1_affine_eq_15 -0.25082075595855713
    x_2 n1_l1_affine_eq_16 0.20267891883850098 n1_l1_affine_eq_17 -0.3184782862663269
    x_2 n1_l1_affine_eq_18 0.3396538496017456 n1_l1_affine_eq_19 0.34976276755332947
    x_2 n1_l1_affine_eq_20 -0.3033159375190735 n1_l1_affine_eq_21 0.33903661370277405
    x_2 n1_l1_affine_eq_22 0.10158364474773407 n1_l1_affine_eq_23 -0.07212819904088974
    x_2 n1_l1_affine_eq_24 0.23442307114601135 n1_l1_affine_eq_25 -0.24478411674499512
    x_2 n1_l1_affine_eq_26 -0.5341649651527405 n1_l1_affine_eq_27 0.6704972386360168
    x_2 n1_l1_affine_eq_28 -0.07562605291604996 n1_l1_affine_eq_29 -0.14490336179733276
    x_2 n1_l1_affine_eq_30 0.5990778207778931 n1_l1_affine_eq_31 0.22240674495697021
    x_2 n1_l1_affine_eq_32 0.347249835729599 n1_l1_affine_eq_33 -0.2238895297050476
    x_2 n1_l1_affine_eq_34 0.6716389060020447 n1_l1_affine_eq_35 0.44584688544273376
    x_2 n1_l1_affine_eq_36 0.45100530982017517 n1_l1_affine_eq_37 0.04399692639708519
    x_2 n1_l1_affine_eq_38 0.025627978146076202 n1_l1_affine_eq_39 0.5925245881080627
    x_2 n1_l1_affine_eq_40 0.3202284574508667 n1_l1_affine_eq_41 -0.23564645648002625
    x_2 n1_l1_affine_eq_42 -0.26932546496391296 n1_l1_affine_eq_43 0.3096887469291687
    x_2 n1_l1_affine_eq_44 0.07578752189874649 n1_l1_affine_eq_45 -0.6965771317481995
    x_2 n1_l1_affine_eq_46 0.7352952361106873 n1_l1_affine_eq_47 0.22788581252098083
    x_2 n1_l1_affine_eq_48 -0.1973533183336258 n1_l1_affine_eq_49 0.2519405484199524
    x_2 n1_l1_affine_eq_50 0.4358551502227783 n1_l1_affine_eq_51 -0.2690187394618988
    x_2 n1_l1_affine_eq_52 0.1013728603720665 n1_l1_affine_eq_53 -0.12662528455257416
    x_2 n1_l1_affine_eq_54 0.3248501718044281 n1_l1_affine_eq_55 0.5173470973968506
    x_2 n1_l1_affine_eq_56 0.4521369934082031 n1_l1_affine_eq_57 -0.17875345051288605
    x_2 n1_l1_affine_eq_58 -0.20119674503803253 n1_l1_affine_eq_59 0.18769273161888123
    x_2 n1_l1_affine_eq_60 -0.706604540348053 n1_l1_affine_eq_61 -0.7965518236160278
    x_2 n1_l1_affine_eq_62 0.45693713426589966 n1_l1_affine_eq_63 -0.42986422777175903
    x_2 n1_l1_affine_eq_64 0.2770008444786072 n1_l1_affine_eq_65 0.2972468137741089
    x_2 n1_l1_affine_eq_66 0.46121782064437866 n1_l1_affine_eq_67 -0.02494671568274498
    x_2 n1_l1_affine_eq_68 0.17200642824172974 n1_l1_affine_eq_69 -0.5187978148460388
    x_2 n1_l1_affine_eq_70 0.3155563473701477 n1_l1_affine_eq_71 0.3402348756790161
    x_2 n1_l1_affine_eq_72 0.6069557070732117 n1_l1_affine_eq_73 -0.2880454659461975
    x_2 n1_l1_affine_eq_74 0.09857958555221558 n1_l1_affine_eq_75 0.2178957760334015
    x_2 n1_l1_affine_eq_76 0.6375389695167542 n1_l1_affine_eq_77 -0.5489228963851929
    x_2 n1_l1_affine_eq_78 -0.19981420040130615 n1_l1_affine_eq_79 -0.3760937750339508
    x_2 n1_l1_affine_eq_80 -0.5289413928985596 n1_l1_affine_eq_81 0.07470963895320892
    x_2 n1_l1_affine_eq_82 0.5681119561195374 n1_l1_affine_eq_83 -0.038740240037441254
    x_2 n1_l1_affine_eq_84 0.28996288776397705 n1_l1_affine_eq_85 -0.07516463845968246
    x_2 n1_l1_affine_eq_86 0.4487798511981964 n1_l1_affine_eq_87 -0.3163989186286926
    x_2 n1_l1_affine_eq_88 -0.24994531273841858 n1_l1_affine_eq_89 0.18857429921627045
    x_2 n1_l1_affine_eq_90 0.10998082160949707 n1_l1_affine_eq_91 -0.1689813882112503
    x_2 n1_l1_affine_eq_92 -0.7502294778823853 n1_l1_affine_eq_93 0.06958013027906418
    x_2 n1_l1_affine_eq_94 0.13328509032726288 n1_l1_affine_eq_95 -1.025447964668274
    x_2 n1_l1_affine_eq_96 0.20573225617408752 n1_l1_affine_eq_97 -0.42136818170547485
    x_2 n1_l1_affine_eq_98 0.02442115545272827 n1_l1_affine_eq_99 -0.0918460339307785
    x_2 n2_l1_affine_eq_0 0.8515167236328125 n2_l1_affine_eq_1 -0.7760772109031677
    x_2 n2_l1_affine_eq_2 -1.041754961013794 n2_l1_affine_eq_3 0.29385659098625183
    x_2 n2_l1_affine_eq_4 0.2085856944322586 n2_l1_affine_eq_5 0.40073779225349426
    x_2 n2_l1_affine_eq_6 -0.8758071064949036 n2_l1_affine_eq_7 -0.9839211702346802
    x_2 n2_l1_affine_eq_8 -1.021714210510254 n2_l1_affine_eq_9 2.581329345703125
    x_2 n2_l1_affine_eq_10 2.597212076187134 n2_l1_affine_eq_11 0.5291070938110352
    x_2 n2_l1_affine_eq_12 -1.7469751834869385 n2_l1_affine_eq_13 0.9975913166999817
    x_2 n2_l1_affine_eq_14 0.9260725975036621 n2_l1_affine_eq_15 0.8797443509101868
    x_2 n2_l1_affine_eq_16 -1.2397923469543457 n2_l1_affine_eq_17 -0.3788173198699951
    x_2 n2_l1_affine_eq_18 1.2046453952789307 n2_l1_affine_eq_19 -1.9356247186660767
    x_2 n2_l1_affine_eq_20 -0.37211844325065613 n2_l1_affine_eq_21 0.1710360199213028
    x_2 n2_l1_affine_eq_22 1.2287265062332153 n2_l1_affine_eq_23 1.8443390130996704
    x_2 n2_l1_affine_eq_24 0.5184296369552612 n2_l1_affine_eq_25 -0.12967520952224731
    x_2 n2_l1_affine_eq_26 0.5191510915756226 n2_l1_affine_eq_27 -0.8018073439598083
    x_2 n2_l1_affine_eq_28 -0.4913589060306549 n2_l1_affine_eq_29 -0.9159978032112122
    x_2 n2_l1_affine_eq_30 -0.27780941128730774 n2_l1_affine_eq_31 -1.533176302909851
    x_2 n2_l1_affine_eq_32 0.35475391149520874 n2_l1_affine_eq_33 -0.27096614241600037
    x_2 n2_l1_affine_eq_34 -2.631709098815918 n2_l1_affine_eq_35 1.2228491306304932
    x_2 n2_l1_affine_eq_36 -0.15750651061534882 n2_l1_affine_eq_37 -1.2980718612670898
    x_2 n2_l1_affine_eq_38 -0.6008183360099792 n2_l1_affine_eq_39 1.3343793153762817
    x_3 n1_l1_affine_eq_0 0.5716609954833984 n1_l1_affine_eq_1 -0.18697534501552582
    x_3 n1_l1_affine_eq_2 0.27457690238952637 n1_l1_affine_eq_3 -0.4994041323661804
    x_3 n1_l1_affine_eq_4 -0.12581953406333923 n1_l1_affine_eq_5 0.13478872179985046
    x_3 n1_l1_affine_eq_6 0.031716540455818176 n1_l1_affine_eq_7 0.006079563871026039
    x_3 n1_l1_affine_eq_8 0.31811070442199707 n1_l1_affine_eq_9 -0.17295649647712708
    x_3 n1_l1_affine_eq_10 -0.31076231598854065 n1_l1_affine_eq_11 -0.4327540397644043
    x_3 n1_l1_affine_eq_12 0.32940030097961426 n1_l1_affine_eq_13 0.3283683657646179
    x_3 n1_l1_affine_eq_14 -0.6360918283462524 n1_l1_affine_eq_15 0.15148799121379852
    x_3 n1_l1_affine_eq_16 0.17038673162460327 n1_l1_affine_eq_17 -0.5866473317146301
    x_3 n1_l1_affine_eq_18 0.3072908818721771 n1_l1_affine_eq_19 0.03207152336835861
    x_3 n1_l1_affine_eq_20 -0.07985208183526993 n1_l1_affine_eq_21 0.3416520953178406
    x_3 n1_l1_affine_eq_22 0.1872377246618271 n1_l1_affine_eq_23 -0.16499367356300354
    x_3 n1_l1_affine_eq_24 0.6636496782302856 n1_l1_affine_eq_25 -0.033623311668634415
    x_3 n1_l1_affine_eq_26 -0.4629667401313782 n1_l1_affine_eq_27 0.4121692180633545
    x_3 n1_l1_affine_eq_28 -0.08841177076101303 n1_l1_affine_eq_29 -0.32094812393188477
    x_3 n1_l1_affine_eq_30 0.46265333890914917 n1_l1_affine_eq_31 0.03567889332771301
    x_3 n1_l1_affine_eq_32 0.3962450623512268 n1_l1_affine_eq_33 -0.015740731731057167
    x_3 n1_l1_affine_eq_34 -0.0124122379347682 n1_l1_affine_eq_35 0.5094509124755859
    x_3 n1_l1_affine_eq_36 0.26463836431503296 n1_l1_affine_eq_37 -0.045631855726242065
    x_3 n1_l1_affine_eq_38 -0.22185872495174408 n1_l1_affine_eq_39 1.012557864189148
    x_3 n1_l1_affine_eq_40 0.050202108919620514 n1_l1_affine_eq_41 -0.38071125745773315
    x_3 n1_l1_affine_eq_42 -0.2667042016983032 n1_l1_affine_eq_43 0.013760869391262531
    x_3 n1_l1_affine_eq_44 0.11532909423112869 n1_l1_affine_eq_45 -0.5753288865089417
    x_3 n1_l1_affine_eq_46 0.21594548225402832 n1_l1_affine_eq_47 0.0762452706694603
    x_3 n1_l1_affine_eq_48 -0.013105977326631546 n1_l1_affine_eq_49 -0.2393694519996643
    x_3 n1_l1_affine_eq_50 0.3762587606906891 n1_l1_affine_eq_51 -0.23510704934597015
    x_3 n1_l1_affine_eq_52 0.007618378382176161 n1_l1_affine_eq_53 -0.05173582583665848
    x_3 n1_l1_affine_eq_54 0.18517865240573883 n1_l1_affine_eq_55 -0.14907671511173248
    x_3 n1_l1_affine_eq_56 -0.1632242351770401 n1_l1_affine_eq_57 -0.49002760648727417
    x_3 n1_l1_affine_eq_58 -0.4351522624492645 n1_l1_affine_eq_59 -0.05212816968560219
    x_3 n1_l1_affine_eq_60 -0.31603628396987915 n1_l1_affine_eq_61 -0.3890196979045868
    x_3 n1_l1_affine_eq_62 0.46688422560691833 n1_l1_affine_eq_63 -0.4379473626613617
    x_3 n1_l1_affine_eq_64 0.32064107060432434 n1_l1_affine_eq_65 0.2654811441898346
    x_3 n1_l1_affine_eq_66 0.4797894358634949 n1_l1_affine_eq_67 0.18433833122253418
    x_3 n1_l1_affine_eq_68 0.02261059731245041 n1_l1_affine_eq_69 -0.6126288771629333
    x_3 n1_l1_affine_eq_70 0.12216696888208389 n1_l1_affine_eq_71 0.31941163539886475
    x_3 n1_l1_affine_eq_72 0.39082464575767517 n1_l1_affine_eq_73 -0.7215776443481445
    x_3 n1_l1_affine_eq_74 0.2636995315551758 n1_l1_affine_eq_75 -0.23745986819267273
    x_3 n1_l1_affine_eq_76 0.36054548621177673 n1_l1_affine_eq_77 -0.11539895832538605
    x_3 n1_l1_affine_eq_78 0.2770869731903076 n1_l1_affine_eq_79 -0.6803427934646606
    x_3 n1_l1_affine_eq_80 -0.28362590074539185 n1_l1_affine_eq_81 0.026268647983670235
    x_3 n1_l1_affine_eq_82 -0.09488385915756226 n1_l1_affine_eq_83 -0.1515321582555771
    x_3 n1_l1_affine_eq_84 0.07616197317838669 n1_l1_affine_eq_85 -0.16122886538505554
    x_3 n1_l1_affine_eq_86 0.4365070164203644 n1_l1_affine_eq_87 -0.2634006142616272
    x_3 n1_l1_affine_eq_88 0.2169131487607956 n1_l1_affine_eq_89 0.15783724188804626
    x_3 n1_l1_affine_eq_90 0.26765939593315125 n1_l1_affine_eq_91 -0.2698069214820862
    x_3 n1_l1_affine_eq_92 -0.41279393434524536 n1_l1_affine_eq_93 0.11610542237758636
    x_3 n1_l1_affine_eq_94 0.2694099545478821 n1_l1_affine_eq_95 -0.47589048743247986
    x_3 n1_l1_affine_eq_96 -0.1310659646987915 n1_l1_affine_eq_97 -0.36312633752822876
    x_3 n1_l1_affine_eq_98 0.18820224702358246 n1_l1_affine_eq_99 0.06978262215852737
    x_3 n2_l1_affine_eq_0 0.45753949880599976 n2_l1_affine_eq_1 -0.46560904383659363
    x_3 n2_l1_affine_eq_2 -1.026212215423584 n2_l1_affine_eq_3 0.31555452942848206
    x_3 n2_l1_affine_eq_4 0.345724880695343 n2_l1_affine_eq_5 0.03861287236213684
    x_3 n2_l1_affine_eq_6 -0.8757108449935913 n2_l1_affine_eq_7 0.23739773035049438
    x_3 n2_l1_affine_eq_8 -1.1104868650436401 n2_l1_affine_eq_9 1.0274150371551514
    x_3 n2_l1_affine_eq_10 1.0819001197814941 n2_l1_affine_eq_11 0.47941306233406067
    x_3 n2_l1_affine_eq_12 -1.5622897148132324 n2_l1_affine_eq_13 0.10815931856632233
    x_3 n2_l1_affine_eq_14 1.151131272315979 n2_l1_affine_eq_15 1.430686354637146
    x_3 n2_l1_affine_eq_16 -1.1667141914367676 n2_l1_affine_eq_17 -0.16591233015060425
    x_3 n2_l1_affine_eq_18 0.714704155921936 n2_l1_affine_eq_19 -0.6845828890800476
    x_3 n2_l1_affine_eq_20 0.9513474106788635 n2_l1_affine_eq_21 1.0494771003723145
    x_3 n2_l1_affine_eq_22 2.3440263271331787 n2_l1_affine_eq_23 1.288453221321106
    x_3 n2_l1_affine_eq_24 0.5432266592979431 n2_l1_affine_eq_25 -0.08261273056268692
    x_3 n2_l1_affine_eq_26 -0.39207375049591064 n2_l1_affine_eq_27 -0.7177166938781738
    x_3 n2_l1_affine_eq_28 -0.7009239196777344 n2_l1_affine_eq_29 -1.1392347812652588
    x_3 n2_l1_affine_eq_30 0.5118114948272705 n2_l1_affine_eq_31 -0.3932415843009949
    x_3 n2_l1_affine_eq_32 -0.5478262901306152 n2_l1_affine_eq_33 -0.0355689637362957
    x_3 n2_l1_affine_eq_34 -1.1563308238983154 n2_l1_affine_eq_35 0.9917169213294983
    x_3 n2_l1_affine_eq_36 -0.6439144611358643 n2_l1_affine_eq_37 -0.24076499044895172
    x_3 n2_l1_affine_eq_38 -0.9476531147956848 n2_l1_affine_eq_39 0.2836546003818512
    x_4 n1_l1_affine_eq_0 0.46965354681015015 n1_l1_affine_eq_1 0.2563016712665558
    x_4 n1_l1_affine_eq_2 -0.011156116612255573 n1_l1_affine_eq_3 -0.16181553900241852
    x_4 n1_l1_affine_eq_4 -0.1875457763671875 n1_l1_affine_eq_5 -0.004019685089588165
    x_4 n1_l1_affine_eq_6 0.04089587926864624 n1_l1_affine_eq_7 0.03141029551625252
    x_4 n1_l1_affine_eq_8 0.15343248844146729 n1_l1_affine_eq_9 -0.40842974185943604
    x_4 n1_l1_affine_eq_10 0.018818188458681107 n1_l1_affine_eq_11 -0.22274300456047058
    x_4 n1_l1_affine_eq_12 0.505567729473114 n1_l1_affine_eq_13 -0.060525890439748764
    x_4 n1_l1_affine_eq_14 -0.10471316426992416 n1_l1_affine_eq_15 -0.33115047216415405
    x_4 n1_l1_affine_eq_16 0.43328046798706055 n1_l1_affine_eq_17 -0.2702278196811676
    x_4 n1_l1_affine_eq_18 -0.36524105072021484 n1_l1_affine_eq_19 0.4634190797805786
    x_4 n1_l1_affine_eq_20 0.08088792115449905 n1_l1_affine_eq_21 0.36507731676101685
    x_4 n1_l1_affine_eq_22 -0.14933665096759796 n1_l1_affine_eq_23 -0.08625868707895279
    x_4 n1_l1_affine_eq_24 1.2161070108413696 n1_l1_affine_eq_25 0.0122319795191288
    x_4 n1_l1_affine_eq_26 -0.5605596303939819 n1_l1_affine_eq_27 0.29075419902801514
    x_4 n1_l1_affine_eq_28 0.5177135467529297 n1_l1_affine_eq_29 0.07516556233167648
    x_4 n1_l1_affine_eq_30 0.2817469537258148 n1_l1_affine_eq_31 -0.03285941481590271
    x_4 n1_l1_affine_eq_32 0.1476622372865677 n1_l1_affine_eq_33 0.026822121813893318
    x_4 n1_l1_affine_eq_34 0.09477606415748596 n1_l1_affine_eq_35 -0.08124621212482452
    x_4 n1_l1_affine_eq_36 0.2508560121059418 n1_l1_affine_eq_37 -0.13239306211471558
    x_4 n1_l1_affine_eq_38 -0.17412465810775757 n1_l1_affine_eq_39 0.5849006175994873
    x_4 n1_l1_affine_eq_40 0.1348261535167694 n1_l1_affine_eq_41 -0.4316173195838928
    x_4 n1_l1_affine_eq_42 0.012763138860464096 n1_l1_affine_eq_43 -0.33627116680145264
    x_4 n1_l1_affine_eq_44 -0.01940915547311306 n1_l1_affine_eq_45 -0.2147674858570099
    x_4 n1_l1_affine_eq_46 -0.10572725534439087 n1_l1_affine_eq_47 -0.0633566752076149
    x_4 n1_l1_affine_eq_48 0.30440038442611694 n1_l1_affine_eq_49 -0.3954099714756012
    x_4 n1_l1_affine_eq_50 0.6434041857719421 n1_l1_affine_eq_51 0.03846367821097374
    x_4 n1_l1_affine_eq_52 0.3427518904209137 n1_l1_affine_eq_53 -0.026730472221970558
    x_4 n1_l1_affine_eq_54 0.5197861194610596 n1_l1_affine_eq_55 0.19994689524173737
    x_4 n1_l1_affine_eq_56 0.03782820701599121 n1_l1_affine_eq_57 -0.3563755452632904
    x_4 n1_l1_affine_eq_58 -0.42266345024108887 n1_l1_affine_eq_59 -0.07009218633174896
    x_4 n1_l1_affine_eq_60 -0.06966672837734222 n1_l1_affine_eq_61 0.08588399738073349
    x_4 n1_l1_affine_eq_62 -0.40813973546028137 n1_l1_affine_eq_63 -0.5646297335624695
    x_4 n1_l1_affine_eq_64 0.47646450996398926 n1_l1_affine_eq_65 -0.15179011225700378
    x_4 n1_l1_affine_eq_66 -0.2916371822357178 n1_l1_affine_eq_67 0.03953488916158676
    x_4 n1_l1_affine_eq_68 0.0880855843424797 n1_l1_affine_eq_69 -0.5646394491195679
    x_4 n1_l1_affine_eq_70 -0.20032361149787903 n1_l1_affine_eq_71 -0.051645033061504364
    x_4 n1_l1_affine_eq_72 0.06243923306465149 n1_l1_affine_eq_73 -0.18136751651763916
    x_4 n1_l1_affine_eq_74 0.39675140380859375 n1_l1_affine_eq_75 -0.3444494903087616
    x_4 n1_l1_affine_eq_76 0.5113011598587036 n1_l1_affine_eq_77 -0.1777554303407669
    x_4 n1_l1_affine_eq_78 0.167447030544281 n1_l1_affine_eq_79 -0.5035105347633362
    x_4 n1_l1_affine_eq_80 0.39863672852516174 n1_l1_affine_eq_81 0.39610010385513306
    x_4 n1_l1_affine_eq_82 -0.06208290532231331 n1_l1_affine_eq_83 0.10471102595329285
    x_4 n1_l1_affine_eq_84 0.2490934431552887 n1_l1_affine_eq_85 -0.32181331515312195
    x_4 n1_l1_affine_eq_86 0.6327056288719177 n1_l1_affine_eq_87 -0.29709574580192566
    x_4 n1_l1_affine_eq_88 0.1514090895652771 n1_l1_affine_eq_89 0.26145508885383606
    x_4 n1_l1_affine_eq_90 0.6084907054901123 n1_l1_affine_eq_91 -0.026402318850159645
    x_4 n1_l1_affine_eq_92 -0.17598174512386322 n1_l1_affine_eq_93 0.36419546604156494
    x_4 n1_l1_affine_eq_94 0.5214162468910217 n1_l1_affine_eq_95 -0.4537452161312103
    x_4 n1_l1_affine_eq_96 0.08312010020017624 n1_l1_affine_eq_97 -0.10627272725105286
    x_4 n1_l1_affine_eq_98 0.06933488696813583 n1_l1_affine_eq_99 0.07877887785434723
    x_4 n2_l1_affine_eq_0 0.6088467240333557 n2_l1_affine_eq_1 0.7525548934936523
    x_4 n2_l1_affine_eq_2 -0.6226100325584412 n2_l1_affine_eq_3 0.12555910646915436
    x_4 n2_l1_affine_eq_4 0.885769784450531 n2_l1_affine_eq_5 -0.5748479962348938
    x_4 n2_l1_affine_eq_6 -0.22792935371398926 n2_l1_affine_eq_7 0.6034871935844421
    x_4 n2_l1_affine_eq_8 -1.3933167457580566 n2_l1_affine_eq_9 0.6367689967155457
    x_4 n2_l1_affine_eq_10 0.7686806321144104 n2_l1_affine_eq_11 0.6007137298583984
    x_4 n2_l1_affine_eq_12 -0.8599021434783936 n2_l1_affine_eq_13 0.28590044379234314
    x_4 n2_l1_affine_eq_14 0.6066857576370239 n2_l1_affine_eq_15 1.2549973726272583
    x_4 n2_l1_affine_eq_16 -0.8711169958114624 n2_l1_affine_eq_17 0.44198185205459595
    x_4 n2_l1_affine_eq_18 1.2311445474624634 n2_l1_affine_eq_19 0.5055371522903442
    x_4 n2_l1_affine_eq_20 -0.36867567896842957 n2_l1_affine_eq_21 0.9715766906738281
    x_4 n2_l1_affine_eq_22 2.4182467460632324 n2_l1_affine_eq_23 1.9089035987854004
    x_4 n2_l1_affine_eq_24 1.324315071105957 n2_l1_affine_eq_25 -0.07488908618688583
    x_4 n2_l1_affine_eq_26 0.2966640591621399 n2_l1_affine_eq_27 -0.8915503621101379
    x_4 n2_l1_affine_eq_28 0.07522018253803253 n2_l1_affine_eq_29 -0.6166066527366638
    x_4 n2_l1_affine_eq_30 0.1256568878889084 n2_l1_affine_eq_31 0.15813729166984558
    x_4 n2_l1_affine_eq_32 -0.01394360326230526 n2_l1_affine_eq_33 -0.7258865833282471
    x_4 n2_l1_affine_eq_34 -0.35148677229881287 n2_l1_affine_eq_35 0.2146875262260437
    x_4 n2_l1_affine_eq_36 -0.5625799298286438 n2_l1_affine_eq_37 0.37088584899902344
    x_4 n2_l1_affine_eq_38 -0.5572996735572815 n2_l1_affine_eq_39 0.6871539354324341
    x_5 n1_l1_affine_eq_0 -0.6701202392578125 n1_l1_affine_eq_1 0.04132863134145737
    x_5 n1_l1_affine_eq_2 -0.09503147006034851 n1_l1_affine_eq_3 -0.2124536633491516
    x_5 n1_l1_affine_eq_4 0.2950771152973175 n1_l1_affine_eq_5 0.024066735059022903
    x_5 n1_l1_affine_eq_6 0.17443805932998657 n1_l1_affine_eq_7 -0.24619735777378082
    x_5 n1_l1_affine_eq_8 0.22365668416023254 n1_l1_affine_eq_9 -0.3518579602241516
    x_5 n1_l1_affine_eq_10 0.04371293634176254 n1_l1_affine_eq_11 0.09981152415275574
    x_5 n1_l1_affine_eq_12 -0.02162892371416092 n1_l1_affine_eq_13 -0.19892649352550507
    x_5 n1_l1_affine_eq_14 -0.11812272667884827 n1_l1_affine_eq_15 0.08623462915420532
    x_5 n1_l1_affine_eq_16 0.29034459590911865 n1_l1_affine_eq_17 -0.4824120104312897
    x_5 n1_l1_affine_eq_18 -0.29204753041267395 n1_l1_affine_eq_19 -0.02931797131896019
    x_5 n1_l1_affine_eq_20 0.0854712575674057 n1_l1_affine_eq_21 0.03244660794734955
    x_5 n1_l1_affine_eq_22 -0.10968370735645294 n1_l1_affine_eq_23 0.0766105204820633
    x_5 n1_l1_affine_eq_24 0.8793706893920898 n1_l1_affine_eq_25 -0.4949520528316498
    x_5 n1_l1_affine_eq_26 -0.37061575055122375 n1_l1_affine_eq_27 0.3902629315853119
    x_5 n1_l1_affine_eq_28 0.4614851176738739 n1_l1_affine_eq_29 0.05998769775032997
    x_5 n1_l1_affine_eq_30 -0.32985883951187134 n1_l1_affine_eq_31 0.1391003280878067
    x_5 n1_l1_affine_eq_32 0.7511456608772278 n1_l1_affine_eq_33 0.10199848562479019
    x_5 n1_l1_affine_eq_34 0.475005567073822 n1_l1_affine_eq_35 -0.004408624954521656
    x_5 n1_l1_affine_eq_36 -0.00703144958242774 n1_l1_affine_eq_37 0.026073032990098
    x_5 n1_l1_affine_eq_38 0.07714325934648514 n1_l1_affine_eq_39 0.3030379116535187
    x_5 n1_l1_affine_eq_40 -0.11133509874343872 n1_l1_affine_eq_41 -0.4689311385154724
    x_5 n1_l1_affine_eq_42 -0.11199147254228592 n1_l1_affine_eq_43 0.26418864727020264
    x_5 n1_l1_affine_eq_44 0.33429667353630066 n1_l1_affine_eq_45 0.0914309173822403
    x_5 n1_l1_affine_eq_46 -0.06399337947368622 n1_l1_affine_eq_47 -0.4723668694496155
    x_5 n1_l1_affine_eq_48 0.3983243405818939 n1_l1_affine_eq_49 0.12006868422031403
    x_5 n1_l1_affine_eq_50 0.43458443880081177 n1_l1_affine_eq_51 0.037846360355615616
    x_5 n1_l1_affine_eq_52 -0.19847919046878815 n1_l1_affine_eq_53 0.2677203416824341
    x_5 n1_l1_affine_eq_54 0.22950755059719086 n1_l1_affine_eq_55 0.19581960141658783
    x_5 n1_l1_affine_eq_56 -0.00471045495942235 n1_l1_affine_eq_57 -0.04658084735274315
    x_5 n1_l1_affine_eq_58 -0.08756396919488907 n1_l1_affine_eq_59 -0.04822775721549988
    x_5 n1_l1_affine_eq_60 0.4655829966068268 n1_l1_affine_eq_61 -0.0040404899045825005
    x_5 n1_l1_affine_eq_62 -0.3981130123138428 n1_l1_affine_eq_63 -0.07506400346755981
    x_5 n1_l1_affine_eq_64 0.6315452456474304 n1_l1_affine_eq_65 0.14471377432346344
    x_5 n1_l1_affine_eq_66 0.10812254250049591 n1_l1_affine_eq_67 -0.008891288191080093
    x_5 n1_l1_affine_eq_68 0.1246693804860115 n1_l1_affine_eq_69 -0.4991074502468109
    x_5 n1_l1_affine_eq_70 0.13884982466697693 n1_l1_affine_eq_71 -0.3453616201877594
    x_5 n1_l1_affine_eq_72 0.20126214623451233 n1_l1_affine_eq_73 -0.3092796206474304
    x_5 n1_l1_affine_eq_74 0.317775696516037 n1_l1_affine_eq_75 -0.17675764858722687
    x_5 n1_l1_affine_eq_76 0.3602239787578583 n1_l1_affine_eq_77 -0.24257442355155945
    x_5 n1_l1_affine_eq_78 0.6488229632377625 n1_l1_affine_eq_79 -0.4283043146133423
    x_5 n1_l1_affine_eq_80 0.2415754795074463 n1_l1_affine_eq_81 0.3657973110675812
    x_5 n1_l1_affine_eq_82 0.12698611617088318 n1_l1_affine_eq_83 0.16913920640945435
    x_5 n1_l1_affine_eq_84 -0.09353570640087128 n1_l1_affine_eq_85 0.08998797088861465
    x_5 n1_l1_affine_eq_86 0.44690123200416565 n1_l1_affine_eq_87 -0.5635479688644409
    x_5 n1_l1_affine_eq_88 -0.11245544999837875 n1_l1_affine_eq_89 -0.12142890691757202
    x_5 n1_l1_affine_eq_90 0.27919620275497437 n1_l1_affine_eq_91 -0.07092983275651932
    x_5 n1_l1_affine_eq_92 0.12202290445566177 n1_l1_affine_eq_93 0.27216145396232605
    x_5 n1_l1_affine_eq_94 -0.06106754019856453 n1_l1_affine_eq_95 -0.21812474727630615
    x_5 n1_l1_affine_eq_96 0.23258715867996216 n1_l1_affine_eq_97 0.1887386441230774
    x_5 n1_l1_affine_eq_98 0.1326245367527008 n1_l1_affine_eq_99 0.21976175904273987
    x_5 n2_l1_affine_eq_0 -0.5527862310409546 n2_l1_affine_eq_1 0.8073257803916931
    x_5 n2_l1_affine_eq_2 -0.3121511936187744 n2_l1_affine_eq_3 -0.10178196430206299
    x_5 n2_l1_affine_eq_4 0.22030141949653625 n2_l1_affine_eq_5 -0.3867391347885132
    x_5 n2_l1_affine_eq_6 0.15956243872642517 n2_l1_affine_eq_7 0.6198679804801941
    x_5 n2_l1_affine_eq_8 -1.619770884513855 n2_l1_affine_eq_9 0.7498345971107483
    x_5 n2_l1_affine_eq_10 1.2867975234985352 n2_l1_affine_eq_11 0.5281540155410767
    x_5 n2_l1_affine_eq_12 -0.7453038096427917 n2_l1_affine_eq_13 1.3660519123077393
    x_5 n2_l1_affine_eq_14 0.06187620759010315 n2_l1_affine_eq_15 2.593803882598877
    x_5 n2_l1_affine_eq_16 -0.8859020471572876 n2_l1_affine_eq_17 -0.4152594804763794
    x_5 n2_l1_affine_eq_18 1.1015537977218628 n2_l1_affine_eq_19 0.615556538105011
    x_5 n2_l1_affine_eq_20 -0.41030633449554443 n2_l1_affine_eq_21 -0.24382402002811432
    x_5 n2_l1_affine_eq_22 1.755300760269165 n2_l1_affine_eq_23 1.9279403686523438
    x_5 n2_l1_affine_eq_24 0.940282940864563 n2_l1_affine_eq_25 0.199442520737648
    x_5 n2_l1_affine_eq_26 0.6234965920448303 n2_l1_affine_eq_27 -0.024846743792295456
    x_5 n2_l1_affine_eq_28 0.7246692776679993 n2_l1_affine_eq_29 0.31047186255455017
    x_5 n2_l1_affine_eq_30 -0.5617547035217285 n2_l1_affine_eq_31 -0.0410270169377327
    x_5 n2_l1_affine_eq_32 -0.044316571205854416 n2_l1_affine_eq_33 -0.12840089201927185
    x_5 n2_l1_affine_eq_34 0.3529534339904785 n2_l1_affine_eq_35 0.49840086698532104
    x_5 n2_l1_affine_eq_36 1.4679793119430542 n2_l1_affine_eq_37 -0.3841986358165741
    x_5 n2_l1_affine_eq_38 -0.4642338156700134 n2_l1_affine_eq_39 0.5829048752784729
    x_6 n1_l1_affine_eq_0 0.06450840830802917 n1_l1_affine_eq_1 0.03695909306406975
    x_6 n1_l1_affine_eq_2 0.14192532002925873 n1_l1_affine_eq_3 -0.7206511497497559
    x_6 n1_l1_affine_eq_4 0.2669798731803894 n1_l1_affine_eq_5 -0.3663458824157715
    x_6 n1_l1_affine_eq_6 -0.08429677784442902 n1_l1_affine_eq_7 -0.03059965930879116
    x_6 n1_l1_affine_eq_8 0.45098865032196045 n1_l1_affine_eq_9 -0.0945405587553978
    x_6 n1_l1_affine_eq_10 0.3658789396286011 n1_l1_affine_eq_11 0.04283728823065758
    x_6 n1_l1_affine_eq_12 0.08631379157304764 n1_l1_affine_eq_13 -0.04944157227873802
    x_6 n1_l1_affine_eq_14 0.3583679497241974 n1_l1_affine_eq_15 0.07414332032203674
    x_6 n1_l1_affine_eq_16 0.3479253053665161 n1_l1_affine_eq_17 -0.388133704662323
    x_6 n1_l1_affine_eq_18 -0.31200000643730164 n1_l1_affine_eq_19 0.03370792418718338
    x_6 n1_l1_affine_eq_20 -0.20961087942123413 n1_l1_affine_eq_21 0.02643691934645176
    x_6 n1_l1_affine_eq_22 -0.32728278636932373 n1_l1_affine_eq_23 0.361651748418808
    x_6 n1_l1_affine_eq_24 -0.23748211562633514 n1_l1_affine_eq_25 -0.33105742931365967
    x_6 n1_l1_affine_eq_26 -0.3611743450164795 n1_l1_affine_eq_27 0.21747982501983643
    x_6 n1_l1_affine_eq_28 0.04962647706270218 n1_l1_affine_eq_29 -0.03816787526011467
    x_6 n1_l1_affine_eq_30 0.054328758269548416 n1_l1_affine_eq_31 0.17064066231250763
    x_6 n1_l1_affine_eq_32 0.09895441681146622 n1_l1_affine_eq_33 0.37387382984161377
    x_6 n1_l1_affine_eq_34 -0.08421248197555542 n1_l1_affine_eq_35 -0.08327212929725647
    x_6 n1_l1_affine_eq_36 0.22174392640590668 n1_l1_affine_eq_37 -0.26274701952934265
    x_6 n1_l1_affine_eq_38 0.347901314496994 n1_l1_affine_eq_39 0.5636189579963684
    x_6 n1_l1_affine_eq_40 0.08111510425806046 n1_l1_affine_eq_41 -0.401175856590271
    x_6 n1_l1_affine_eq_42 -0.1772109419107437 n1_l1_affine_eq_43 0.05250483378767967
    x_6 n1_l1_affine_eq_44 0.10838443040847778 n1_l1_affine_eq_45 -0.07745511829853058
    x_6 n1_l1_affine_eq_46 -0.08346109092235565 n1_l1_affine_eq_47 -0.2354479730129242
    x_6 n1_l1_affine_eq_48 0.12713375687599182 n1_l1_affine_eq_49 0.07518724352121353
    x_6 n1_l1_affine_eq_50 0.020330660045146942 n1_l1_affine_eq_51 0.10919419676065445
    x_6 n1_l1_affine_eq_52 -0.2101728320121765 n1_l1_affine_eq_53 0.15458329021930695
    x_6 n1_l1_affine_eq_54 -0.19383504986763 n1_l1_affine_eq_55 0.2251407504081726
    x_6 n1_l1_affine_eq_56 -0.1254667490720749 n1_l1_affine_eq_57 -0.08196412026882172
    x_6 n1_l1_affine_eq_58 -0.30918803811073303 n1_l1_affine_eq_59 -0.08136012405157089
    x_6 n1_l1_affine_eq_60 0.45914962887763977 n1_l1_affine_eq_61 -0.1252928078174591
    x_6 n1_l1_affine_eq_62 -0.05368645861744881 n1_l1_affine_eq_63 0.07443532347679138
    x_6 n1_l1_affine_eq_64 0.6277799010276794 n1_l1_affine_eq_65 -0.21651773154735565
    x_6 n1_l1_affine_eq_66 0.011922799982130527 n1_l1_affine_eq_67 0.3914218544960022
    x_6 n1_l1_affine_eq_68 -0.3839643895626068 n1_l1_affine_eq_69 -0.29850199818611145
    x_6 n1_l1_affine_eq_70 0.20776130259037018 n1_l1_affine_eq_71 -0.2640129029750824
    x_6 n1_l1_affine_eq_72 0.2022564560174942 n1_l1_affine_eq_73 0.14313556253910065
    x_6 n1_l1_affine_eq_74 -0.1011420339345932 n1_l1_affine_eq_75 0.22583439946174622
    x_6 n1_l1_affine_eq_76 -0.2227543443441391 n1_l1_affine_eq_77 -0.05088139325380325
    x_6 n1_l1_affine_eq_78 0.5954148769378662 n1_l1_affine_eq_79 -0.7007322907447815
    x_6 n1_l1_affine_eq_80 0.2655984163284302 n1_l1_affine_eq_81 0.4482342302799225
    x_6 n1_l1_affine_eq_82 0.2762672007083893 n1_l1_affine_eq_83 -0.3075975477695465
    x_6 n1_l1_affine_eq_84 -0.1823468655347824 n1_l1_affine_eq_85 -0.021252190694212914
    x_6 n1_l1_affine_eq_86 0.3040444254875183 n1_l1_affine_eq_87 -0.024226266890764236
    x_6 n1_l1_affine_eq_88 -0.16172529757022858 n1_l1_affine_eq_89 -0.5153358578681946
    x_6 n1_l1_affine_eq_90 -0.06589224189519882 n1_l1_affine_eq_91 0.3630836308002472
    x_6 n1_l1_affine_eq_92 0.49425917863845825 n1_l1_affine_eq_93 0.27470165491104126
    x_6 n1_l1_affine_eq_94 -0.21954657137393951 n1_l1_affine_eq_95 -0.34523215889930725
    x_6 n1_l1_affine_eq_96 0.15340615808963776 n1_l1_affine_eq_97 0.21297520399093628
    x_6 n1_l1_affine_eq_98 0.18843020498752594 n1_l1_affine_eq_99 0.23876552283763885
    x_6 n2_l1_affine_eq_0 -1.115746259689331 n2_l1_affine_eq_1 -0.32191258668899536
    x_6 n2_l1_affine_eq_2 -0.95783531665802 n2_l1_affine_eq_3 -0.03689079359173775
    x_6 n2_l1_affine_eq_4 -0.18562431633472443 n2_l1_affine_eq_5 0.038693953305482864
    x_6 n2_l1_affine_eq_6 -1.1362838745117188 n2_l1_affine_eq_7 -0.032360196113586426
    x_6 n2_l1_affine_eq_8 -1.1907553672790527 n2_l1_affine_eq_9 -0.10513840615749359
    x_6 n2_l1_affine_eq_10 0.5593587756156921 n2_l1_affine_eq_11 1.084872841835022
    x_6 n2_l1_affine_eq_12 -0.8608595728874207 n2_l1_affine_eq_13 0.07214991748332977
    x_6 n2_l1_affine_eq_14 0.43731147050857544 n2_l1_affine_eq_15 2.579646587371826
    x_6 n2_l1_affine_eq_16 -0.7671810984611511 n2_l1_affine_eq_17 -1.0551408529281616
    x_6 n2_l1_affine_eq_18 -0.26452529430389404 n2_l1_affine_eq_19 0.09124129265546799
    x_6 n2_l1_affine_eq_20 0.07664680480957031 n2_l1_affine_eq_21 0.34284883737564087
    x_6 n2_l1_affine_eq_22 0.43938472867012024 n2_l1_affine_eq_23 0.34954163432121277
    x_6 n2_l1_affine_eq_24 -1.3957939147949219 n2_l1_affine_eq_25 0.06959658861160278
    x_6 n2_l1_affine_eq_26 -0.43218106031417847 n2_l1_affine_eq_27 0.7720584869384766
    x_6 n2_l1_affine_eq_28 0.3270423412322998 n2_l1_affine_eq_29 -0.7921738624572754
    x_6 n2_l1_affine_eq_30 -0.3297728896141052 n2_l1_affine_eq_31 0.3216692805290222
    x_6 n2_l1_affine_eq_32 0.990066409111023 n2_l1_affine_eq_33 0.7728744149208069
    x_6 n2_l1_affine_eq_34 0.9286941885948181 n2_l1_affine_eq_35 1.0670299530029297
    x_6 n2_l1_affine_eq_36 0.6981730461120605 n2_l1_affine_eq_37 0.2342376559972763
    x_6 n2_l1_affine_eq_38 0.58719402551651 n2_l1_affine_eq_39 -0.3040388822555542
    x_7 n1_l1_affine_eq_0 -0.10171068459749222 n1_l1_affine_eq_1 -0.2827445864677429
    x_7 n1_l1_affine_eq_2 0.04712283983826637 n1_l1_affine_eq_3 -0.19462816417217255
    x_7 n1_l1_affine_eq_4 -0.18332162499427795 n1_l1_affine_eq_5 0.41821417212486267
    x_7 n1_l1_affine_eq_6 0.20444001257419586 n1_l1_affine_eq_7 0.1993558704853058
    x_7 n1_l1_affine_eq_8 0.4581559896469116 n1_l1_affine_eq_9 -0.05828934907913208
    x_7 n1_l1_affine_eq_10 0.008242476731538773 n1_l1_affine_eq_11 -0.1065930500626564
    x_7 n1_l1_affine_eq_12 -0.1950736790895462 n1_l1_affine_eq_13 0.0854245275259018
    x_7 n1_l1_affine_eq_14 -0.35774511098861694 n1_l1_affine_eq_15 -0.3508960008621216
    x_7 n1_l1_affine_eq_16 0.26504406332969666 n1_l1_affine_eq_17 -0.12837988138198853
    x_7 n1_l1_affine_eq_18 -0.06271404027938843 n1_l1_affine_eq_19 -0.47998371720314026
    x_7 n1_l1_affine_eq_20 0.07259513437747955 n1_l1_affine_eq_21 -0.22229966521263123
    x_7 n1_l1_affine_eq_22 0.12191806733608246 n1_l1_affine_eq_23 -0.2576761841773987
    x_7 n1_l1_affine_eq_24 -0.3836232125759125 n1_l1_affine_eq_25 0.017634855583310127
    x_7 n1_l1_affine_eq_26 -0.016120048239827156 n1_l1_affine_eq_27 -0.08669473975896835
    x_7 n1_l1_affine_eq_28 -0.3199557960033417 n1_l1_affine_eq_29 0.005592674482613802
    x_7 n1_l1_affine_eq_30 -0.03891489654779434 n1_l1_affine_eq_31 0.002517776330932975
    x_7 n1_l1_affine_eq_32 -0.4067881107330322 n1_l1_affine_eq_33 0.19153419137001038
    x_7 n1_l1_affine_eq_34 0.15883994102478027 n1_l1_affine_eq_35 0.05788346379995346
    x_7 n1_l1_affine_eq_36 -0.07523701339960098 n1_l1_affine_eq_37 -0.30466389656066895
    x_7 n1_l1_affine_eq_38 0.5632986426353455 n1_l1_affine_eq_39 0.2934954762458801
    x_7 n1_l1_affine_eq_40 0.5430780053138733 n1_l1_affine_eq_41 -0.252250999212265
    x_7 n1_l1_affine_eq_42 -0.21590714156627655 n1_l1_affine_eq_43 0.3177337050437927
    x_7 n1_l1_affine_eq_44 0.0470246858894825 n1_l1_affine_eq_45 -0.08698781579732895
    x_7 n1_l1_affine_eq_46 -0.27065831422805786 n1_l1_affine_eq_47 -0.3331795632839203
    x_7 n1_l1_affine_eq_48 -0.030452003702521324 n1_l1_affine_eq_49 0.10851190239191055
    x_7 n1_l1_affine_eq_50 -0.3389042019844055 n1_l1_affine_eq_51 -0.2513917088508606
    x_7 n1_l1_affine_eq_52 0.0453348308801651 n1_l1_affine_eq_53 0.2564223110675812
    x_7 n1_l1_affine_eq_54 -0.5065550804138184 n1_l1_affine_eq_55 0.22158680856227875
    x_7 n1_l1_affine_eq_56 0.11943768709897995 n1_l1_affine_eq_57 0.06341466307640076
    x_7 n1_l1_affine_eq_58 -0.18426334857940674 n1_l1_affine_eq_59 0.04065738618373871
    x_7 n1_l1_affine_eq_60 0.1942237913608551 n1_l1_affine_eq_61 -0.15742747485637665
    x_7 n1_l1_affine_eq_62 -0.03498844802379608 n1_l1_affine_eq_63 0.5361183285713196
    x_7 n1_l1_affine_eq_64 0.39812740683555603 n1_l1_affine_eq_65 0.13956613838672638
    x_7 n1_l1_affine_eq_66 -0.2877231538295746 n1_l1_affine_eq_67 0.025886794552206993
    x_7 n1_l1_affine_eq_68 -0.3920775353908539 n1_l1_affine_eq_69 0.2329576015472412
    x_7 n1_l1_affine_eq_70 -0.1909182220697403 n1_l1_affine_eq_71 0.10897842049598694
    x_7 n1_l1_affine_eq_72 -0.04503927007317543 n1_l1_affine_eq_73 0.45048394799232483
    x_7 n1_l1_affine_eq_74 -0.09541825950145721 n1_l1_affine_eq_75 0.15500251948833466
    x_7 n1_l1_affine_eq_76 0.14433985948562622 n1_l1_affine_eq_77 0.1508587747812271
    x_7 n1_l1_affine_eq_78 -0.017136381939053535 n1_l1_affine_eq_79 -0.04623323678970337
    x_7 n1_l1_affine_eq_80 0.093455009162426 n1_l1_affine_eq_81 0.4051235020160675
    x_7 n1_l1_affine_eq_82 0.16825154423713684 n1_l1_affine_eq_83 -0.318319708108902
    x_7 n1_l1_affine_eq_84 -0.02787788398563862 n1_l1_affine_eq_85 -0.19520823657512665
    x_7 n1_l1_affine_eq_86 0.2534419000148773 n1_l1_affine_eq_87 0.034612953662872314
    x_7 n1_l1_affine_eq_88 -0.30158334970474243 n1_l1_affine_eq_89 -0.03328840434551239
    x_7 n1_l1_affine_eq_90 0.1400810033082962 n1_l1_affine_eq_91 0.3974578380584717
    x_7 n1_l1_affine_eq_92 0.34784358739852905 n1_l1_affine_eq_93 -0.1928858608007431
    x_7 n1_l1_affine_eq_94 0.2882905602455139 n1_l1_affine_eq_95 -0.33716484904289246
    x_7 n1_l1_affine_eq_96 -0.2713529169559479 n1_l1_affine_eq_97 -0.04652228578925133
    x_7 n1_l1_affine_eq_98 0.19941192865371704 n1_l1_affine_eq_99 -0.19564855098724365
    x_7 n2_l1_affine_eq_0 -0.48468613624572754 n2_l1_affine_eq_1 -0.40954941511154175
    x_7 n2_l1_affine_eq_2 -0.8267722725868225 n2_l1_affine_eq_3 0.5397605299949646
    x_7 n2_l1_affine_eq_4 -0.014664504677057266 n2_l1_affine_eq_5 -0.5403457283973694
    x_7 n2_l1_affine_eq_6 -0.5972315669059753 n2_l1_affine_eq_7 0.15516364574432373
    x_7 n2_l1_affine_eq_8 -0.46591418981552124 n2_l1_affine_eq_9 0.5762481093406677
    x_7 n2_l1_affine_eq_10 0.1267518252134323 n2_l1_affine_eq_11 -0.41900333762168884
    x_7 n2_l1_affine_eq_12 -0.3030053675174713 n2_l1_affine_eq_13 0.2219340056180954
    x_7 n2_l1_affine_eq_14 -0.0906200036406517 n2_l1_affine_eq_15 2.6061043739318848
    x_7 n2_l1_affine_eq_16 0.49444106221199036 n2_l1_affine_eq_17 -0.07152192294597626
    x_7 n2_l1_affine_eq_18 0.002461920026689768 n2_l1_affine_eq_19 -0.1713794618844986
    x_7 n2_l1_affine_eq_20 -1.0614444017410278 n2_l1_affine_eq_21 -0.002681670943275094
    x_7 n2_l1_affine_eq_22 1.6706111431121826 n2_l1_affine_eq_23 0.0320180207490921
    x_7 n2_l1_affine_eq_24 -0.18222400546073914 n2_l1_affine_eq_25 0.14412052929401398
    x_7 n2_l1_affine_eq_26 -0.1812155544757843 n2_l1_affine_eq_27 0.5092540383338928
    x_7 n2_l1_affine_eq_28 0.016162501648068428 n2_l1_affine_eq_29 0.8194965124130249
    x_7 n2_l1_affine_eq_30 -0.3949889838695526 n2_l1_affine_eq_31 -0.35602283477783203
    x_7 n2_l1_affine_eq_32 0.7264285683631897 n2_l1_affine_eq_33 -0.16675031185150146
    x_7 n2_l1_affine_eq_34 -0.33370229601860046 n2_l1_affine_eq_35 0.5599405169487
    x_7 n2_l1_affine_eq_36 -0.3519201874732971 n2_l1_affine_eq_37 -0.88143390417099
    x_7 n2_l1_affine_eq_38 -0.19877421855926514 n2_l1_affine_eq_39 -0.39292263984680176
    x_8 n1_l1_affine_eq_0 -0.2912084460258484 n1_l1_affine_eq_1 0.004132346250116825
    x_8 n1_l1_affine_eq_2 0.14245903491973877 n1_l1_affine_eq_3 0.3335709869861603
    x_8 n1_l1_affine_eq_4 0.19369110465049744 n1_l1_affine_eq_5 0.25019875168800354
    x_8 n1_l1_affine_eq_6 -0.1677435040473938 n1_l1_affine_eq_7 -0.4347703456878662
    x_8 n1_l1_affine_eq_8 -0.3634259104728699 n1_l1_affine_eq_9 -0.2633981704711914
    x_8 n1_l1_affine_eq_10 0.12071172147989273 n1_l1_affine_eq_11 0.034322693943977356
    x_8 n1_l1_affine_eq_12 -0.15795274078845978 n1_l1_affine_eq_13 0.3641887605190277
    x_8 n1_l1_affine_eq_14 0.28546538949012756 n1_l1_affine_eq_15 0.20894189178943634
    x_8 n1_l1_affine_eq_16 -0.08439546078443527 n1_l1_affine_eq_17 -0.28155621886253357
    x_8 n1_l1_affine_eq_18 -0.086310476064682 n1_l1_affine_eq_19 -0.36000192165374756
    x_8 n1_l1_affine_eq_20 0.26581135392189026 n1_l1_affine_eq_21 0.12178783118724823
    x_8 n1_l1_affine_eq_22 0.3511614203453064 n1_l1_affine_eq_23 0.1364571899175644
    x_8 n1_l1_affine_eq_24 -0.2572663724422455 n1_l1_affine_eq_25 0.17988812923431396
    x_8 n1_l1_affine_eq_26 0.252399206161499 n1_l1_affine_eq_27 0.009730449877679348
    x_8 n1_l1_affine_eq_28 -0.06236058473587036 n1_l1_affine_eq_29 0.4526124596595764
    x_8 n1_l1_affine_eq_30 0.18114331364631653 n1_l1_affine_eq_31 0.05639825761318207
    x_8 n1_l1_affine_eq_32 -0.4973424971103668 n1_l1_affine_eq_33 0.03541545942425728
    x_8 n1_l1_affine_eq_34 -0.020301340147852898 n1_l1_affine_eq_35 -0.1355925053358078
    x_8 n1_l1_affine_eq_36 -0.02126162126660347 n1_l1_affine_eq_37 0.11598584055900574
    x_8 n1_l1_affine_eq_38 0.2361752837896347 n1_l1_affine_eq_39 0.06105884909629822
    x_8 n1_l1_affine_eq_40 0.0001537636708235368 n1_l1_affine_eq_41 0.06459593027830124
    x_8 n1_l1_affine_eq_42 0.32628825306892395 n1_l1_affine_eq_43 0.21350669860839844
    x_8 n1_l1_affine_eq_44 -0.14402471482753754 n1_l1_affine_eq_45 0.19614753127098083
    x_8 n1_l1_affine_eq_46 -0.31532594561576843 n1_l1_affine_eq_47 -0.3541005551815033
    x_8 n1_l1_affine_eq_48 0.25369539856910706 n1_l1_affine_eq_49 0.020294297486543655
    x_8 n1_l1_affine_eq_50 -0.4034532904624939 n1_l1_affine_eq_51 0.04946337640285492
    x_8 n1_l1_affine_eq_52 0.10014520585536957 n1_l1_affine_eq_53 -0.5225865840911865
    x_8 n1_l1_affine_eq_54 -0.6676056981086731 n1_l1_affine_eq_55 -0.17220786213874817
    x_8 n1_l1_affine_eq_56 -0.44816821813583374 n1_l1_affine_eq_57 0.14152207970619202
    x_8 n1_l1_affine_eq_58 0.3189089298248291 n1_l1_affine_eq_59 0.11852330714464188
    x_8 n1_l1_affine_eq_60 0.33819565176963806 n1_l1_affine_eq_61 -0.0958051085472107
    x_8 n1_l1_affine_eq_62 0.2531691789627075 n1_l1_affine_eq_63 -0.22033816576004028
    x_8 n1_l1_affine_eq_64 -0.04606021195650101 n1_l1_affine_eq_65 -0.0222934503108263
    x_8 n1_l1_affine_eq_66 -0.26976463198661804 n1_l1_affine_eq_67 0.2733587324619293
    x_8 n1_l1_affine_eq_68 -0.35463517904281616 n1_l1_affine_eq_69 0.05669913813471794
    x_8 n1_l1_affine_eq_70 0.30553194880485535 n1_l1_affine_eq_71 0.15907447040081024
    x_8 n1_l1_affine_eq_72 -0.2146337330341339 n1_l1_affine_eq_73 -0.3791455626487732
    x_8 n1_l1_affine_eq_74 0.20811797678470612 n1_l1_affine_eq_75 -0.1799083650112152
    x_8 n1_l1_affine_eq_76 -0.03878621757030487 n1_l1_affine_eq_77 -0.07651884108781815
    x_8 n1_l1_affine_eq_78 0.21391628682613373 n1_l1_affine_eq_79 -0.03610736504197121
    x_8 n1_l1_affine_eq_80 0.021697361022233963 n1_l1_affine_eq_81 0.3439382314682007
    x_8 n1_l1_affine_eq_82 0.15913178026676178 n1_l1_affine_eq_83 -0.6475210189819336
    x_8 n1_l1_affine_eq_84 0.34531378746032715 n1_l1_affine_eq_85 -0.19659268856048584
    x_8 n1_l1_affine_eq_86 0.18156109750270844 n1_l1_affine_eq_87 0.16123904287815094
    x_8 n1_l1_affine_eq_88 0.12887249886989594 n1_l1_affine_eq_89 0.08554781228303909
    x_8 n1_l1_affine_eq_90 0.1440800428390503 n1_l1_affine_eq_91 0.15148082375526428
    x_8 n1_l1_affine_eq_92 0.15347935259342194 n1_l1_affine_eq_93 -0.10915839672088623
    x_8 n1_l1_affine_eq_94 0.1039997935295105 n1_l1_affine_eq_95 -0.21841178834438324
    x_8 n1_l1_affine_eq_96 -0.1175958439707756 n1_l1_affine_eq_97 -0.10332401841878891
    x_8 n1_l1_affine_eq_98 -0.11124806106090546 n1_l1_affine_eq_99 0.12806768715381622
    x_8 n2_l1_affine_eq_0 0.611181914806366 n2_l1_affine_eq_1 -1.077609896659851
    x_8 n2_l1_affine_eq_2 1.2847954034805298 n2_l1_affine_eq_3 0.532641589641571
    x_8 n2_l1_affine_eq_4 0.6033612489700317 n2_l1_affine_eq_5 -0.470150887966156
    x_8 n2_l1_affine_eq_6 -0.4684344530105591 n2_l1_affine_eq_7 -1.4866654872894287
    x_8 n2_l1_affine_eq_8 -1.1201379299163818 n2_l1_affine_eq_9 -0.02672242745757103
    x_8 n2_l1_affine_eq_10 0.1889355629682541 n2_l1_affine_eq_11 0.07049255073070526
    x_8 n2_l1_affine_eq_12 -0.8736499547958374 n2_l1_affine_eq_13 0.40674179792404175
    x_8 n2_l1_affine_eq_14 -0.5623378753662109 n2_l1_affine_eq_15 -0.15227332711219788
    x_8 n2_l1_affine_eq_16 1.131986379623413 n2_l1_affine_eq_17 -0.9314904808998108
    x_8 n2_l1_affine_eq_18 -1.2034826278686523 n2_l1_affine_eq_19 0.22951319813728333
    x_8 n2_l1_affine_eq_20 -1.2924838066101074 n2_l1_affine_eq_21 -0.7077751755714417
    x_8 n2_l1_affine_eq_22 -1.0229637622833252 n2_l1_affine_eq_23 -0.39353445172309875
    x_8 n2_l1_affine_eq_24 0.9659600853919983 n2_l1_affine_eq_25 0.1929212063550949
    x_8 n2_l1_affine_eq_26 1.5110183954238892 n2_l1_affine_eq_27 -1.7287057638168335
    x_8 n2_l1_affine_eq_28 -0.11601157486438751 n2_l1_affine_eq_29 0.14509986340999603
    x_8 n2_l1_affine_eq_30 -2.0452723503112793 n2_l1_affine_eq_31 0.6747323870658875
    x_8 n2_l1_affine_eq_32 0.3523394763469696 n2_l1_affine_eq_33 -0.20005019009113312
    x_8 n2_l1_affine_eq_34 -0.9571186304092407 n2_l1_affine_eq_35 -0.35434406995773315
    x_8 n2_l1_affine_eq_36 0.18120434880256653 n2_l1_affine_eq_37 -0.05752617120742798
    x_8 n2_l1_affine_eq_38 -0.598210334777832 n2_l1_affine_eq_39 0.7250723838806152
    x_9 n1_l1_affine_eq_0 -0.4328063130378723 n1_l1_affine_eq_1 -0.22089368104934692
    x_9 n1_l1_affine_eq_2 0.20684252679347992 n1_l1_affine_eq_3 0.3539547026157379
    x_9 n1_l1_affine_eq_4 0.04029083251953125 n1_l1_affine_eq_5 0.24982210993766785
    x_9 n1_l1_affine_eq_6 -0.16565997898578644 n1_l1_affine_eq_7 -0.38330987095832825
    x_9 n1_l1_affine_eq_8 -0.20679046213626862 n1_l1_affine_eq_9 0.2620503604412079
    x_9 n1_l1_affine_eq_10 -0.018825847655534744 n1_l1_affine_eq_11 0.06448912620544434
    x_9 n1_l1_affine_eq_12 0.1827215701341629 n1_l1_affine_eq_13 -0.06496560573577881
    x_9 n1_l1_affine_eq_14 0.20597511529922485 n1_l1_affine_eq_15 0.2125696837902069
    x_9 n1_l1_affine_eq_16 -0.051451049745082855 n1_l1_affine_eq_17 -0.004028602968901396
    x_9 n1_l1_affine_eq_18 0.19785010814666748 n1_l1_affine_eq_19 -0.15712304413318634
    x_9 n1_l1_affine_eq_20 -0.17361246049404144 n1_l1_affine_eq_21 0.034039732068777084
    x_9 n1_l1_affine_eq_22 0.25251320004463196 n1_l1_affine_eq_23 0.08106091618537903
    x_9 n1_l1_affine_eq_24 -0.20630431175231934 n1_l1_affine_eq_25 0.21107737720012665
    x_9 n1_l1_affine_eq_26 -0.15426117181777954 n1_l1_affine_eq_27 -0.09129072725772858
    x_9 n1_l1_affine_eq_28 0.08738116174936295 n1_l1_affine_eq_29 0.343145489692688
    x_9 n1_l1_affine_eq_30 0.28603747487068176 n1_l1_affine_eq_31 0.2482931911945343
    x_9 n1_l1_affine_eq_32 -0.03753044083714485 n1_l1_affine_eq_33 -0.010985363274812698
    x_9 n1_l1_affine_eq_34 0.5305832028388977 n1_l1_affine_eq_35 0.21752552688121796
    x_9 n1_l1_affine_eq_36 0.08544456213712692 n1_l1_affine_eq_37 0.07650138437747955
    x_9 n1_l1_affine_eq_38 0.45188602805137634 n1_l1_affine_eq_39 0.2556464672088623
    x_9 n1_l1_affine_eq_40 0.05084381625056267 n1_l1_affine_eq_41 0.40943604707717896
    x_9 n1_l1_affine_eq_42 -0.11801237612962723 n1_l1_affine_eq_43 0.03644433617591858
    x_9 n1_l1_affine_eq_44 0.02487863600254059 n1_l1_affine_eq_45 0.21769869327545166
    x_9 n1_l1_affine_eq_46 -0.1363123059272766 n1_l1_affine_eq_47 -0.1288064867258072
    x_9 n1_l1_affine_eq_48 0.24718165397644043 n1_l1_affine_eq_49 0.07451479882001877
    x_9 n1_l1_affine_eq_50 -0.26613229513168335 n1_l1_affine_eq_51 -0.01216087769716978
    x_9 n1_l1_affine_eq_52 0.1584402620792389 n1_l1_affine_eq_53 -0.4003658592700958
    x_9 n1_l1_affine_eq_54 -0.6123951077461243 n1_l1_affine_eq_55 0.010615981183946133
    x_9 n1_l1_affine_eq_56 -0.4859327971935272 n1_l1_affine_eq_57 -0.08917927742004395
    x_9 n1_l1_affine_eq_58 0.3631899952888489 n1_l1_affine_eq_59 0.08397874981164932
    x_9 n1_l1_affine_eq_60 0.025469137355685234 n1_l1_affine_eq_61 -0.3640126883983612
    x_9 n1_l1_affine_eq_62 -0.06533031910657883 n1_l1_affine_eq_63 -0.3905099630355835
    x_9 n1_l1_affine_eq_64 0.00376023817807436 n1_l1_affine_eq_65 0.631232500076294
    x_9 n1_l1_affine_eq_66 -0.013778246007859707 n1_l1_affine_eq_67 0.16852445900440216
    x_9 n1_l1_affine_eq_68 -0.03575679659843445 n1_l1_affine_eq_69 0.10085231065750122
    x_9 n1_l1_affine_eq_70 -0.0605788491666317 n1_l1_affine_eq_71 0.03197895362973213
    x_9 n1_l1_affine_eq_72 0.146833136677742 n1_l1_affine_eq_73 -0.1915915459394455
    x_9 n1_l1_affine_eq_74 0.26221540570259094 n1_l1_affine_eq_75 -0.011211352422833443
    x_9 n1_l1_affine_eq_76 0.8583871126174927 n1_l1_affine_eq_77 -0.06292836368083954
    x_9 n1_l1_affine_eq_78 0.23322871327400208 n1_l1_affine_eq_79 0.5790259838104248
    x_9 n1_l1_affine_eq_80 0.08750792592763901 n1_l1_affine_eq_81 0.24154506623744965
    x_9 n1_l1_affine_eq_82 -0.012380952015519142 n1_l1_affine_eq_83 -0.22507180273532867
    x_9 n1_l1_affine_eq_84 -0.014795400202274323 n1_l1_affine_eq_85 0.0948227122426033
    x_9 n1_l1_affine_eq_86 0.03663351386785507 n1_l1_affine_eq_87 0.14355647563934326
    x_9 n1_l1_affine_eq_88 -0.031395796686410904 n1_l1_affine_eq_89 0.19498705863952637
    x_9 n1_l1_affine_eq_90 0.4483187198638916 n1_l1_affine_eq_91 -0.0046341693960130215
    x_9 n1_l1_affine_eq_92 0.08019158244132996 n1_l1_affine_eq_93 -0.030896786600351334
    x_9 n1_l1_affine_eq_94 0.47588443756103516 n1_l1_affine_eq_95 -0.312120646238327
    x_9 n1_l1_affine_eq_96 0.15346243977546692 n1_l1_affine_eq_97 -0.46307775378227234
    x_9 n1_l1_affine_eq_98 0.18645045161247253 n1_l1_affine_eq_99 0.2673047184944153
    x_9 n2_l1_affine_eq_0 0.9486606121063232 n2_l1_affine_eq_1 0.023476717993617058
    x_9 n2_l1_affine_eq_2 0.299757182598114 n2_l1_affine_eq_3 -0.8344273567199707
    x_9 n2_l1_affine_eq_4 -0.002482387935742736 n2_l1_affine_eq_5 1.0232521295547485
    x_9 n2_l1_affine_eq_6 0.014325170777738094 n2_l1_affine_eq_7 -0.3590714931488037
    x_9 n2_l1_affine_eq_8 -0.45011448860168457 n2_l1_affine_eq_9 0.24850694835186005
    x_9 n2_l1_affine_eq_10 1.166592001914978 n2_l1_affine_eq_11 -0.23841790854930878
    x_9 n2_l1_affine_eq_12 -0.5169627070426941 n2_l1_affine_eq_13 0.0820084810256958
    x_9 n2_l1_affine_eq_14 -0.7551561594009399 n2_l1_affine_eq_15 -0.7716958522796631
    x_9 n2_l1_affine_eq_16 0.3067246079444885 n2_l1_affine_eq_17 0.6718168258666992
    x_9 n2_l1_affine_eq_18 -0.28426411747932434 n2_l1_affine_eq_19 0.5562194585800171
    x_9 n2_l1_affine_eq_20 -0.5715939998626709 n2_l1_affine_eq_21 -0.42789432406425476
    x_9 n2_l1_affine_eq_22 -0.579159140586853 n2_l1_affine_eq_23 0.3421976864337921
    x_9 n2_l1_affine_eq_24 0.26708146929740906 n2_l1_affine_eq_25 -0.1443708837032318
    x_9 n2_l1_affine_eq_26 0.929027795791626 n2_l1_affine_eq_27 -1.2532804012298584
    x_9 n2_l1_affine_eq_28 -0.10633426904678345 n2_l1_affine_eq_29 0.6624518632888794
    x_9 n2_l1_affine_eq_30 0.2517017126083374 n2_l1_affine_eq_31 -0.7596973180770874
    x_9 n2_l1_affine_eq_32 -0.383104145526886 n2_l1_affine_eq_33 -0.39546650648117065
    x_9 n2_l1_affine_eq_34 0.22777028381824493 n2_l1_affine_eq_35 0.3627147078514099
    x_9 n2_l1_affine_eq_36 -0.8717294335365295 n2_l1_affine_eq_37 0.4968340992927551
    x_9 n2_l1_affine_eq_38 -0.12347904592752457 n2_l1_affine_eq_39 1.0457217693328857
    x_10 n1_l1_affine_eq_0 0.08100880682468414 n1_l1_affine_eq_1 -0.1814938485622406
    x_10 n1_l1_affine_eq_2 -0.0013343486934900284 n1_l1_affine_eq_3 0.01428112480789423
    x_10 n1_l1_affine_eq_4 0.12719683349132538 n1_l1_affine_eq_5 0.06962473690509796
    x_10 n1_l1_affine_eq_6 -0.12041190266609192 n1_l1_affine_eq_7 -0.15668706595897675
    x_10 n1_l1_affine_eq_8 -0.178041011095047 n1_l1_affine_eq_9 -0.05744198337197304
    x_10 n1_l1_affine_eq_10 -0.06987032294273376 n1_l1_affine_eq_11 0.11216207593679428
    x_10 n1_l1_affine_eq_12 -0.1129257082939148 n1_l1_affine_eq_13 -0.02757508121430874
    x_10 n1_l1_affine_eq_14 0.30597150325775146 n1_l1_affine_eq_15 0.018906567245721817
    x_10 n1_l1_affine_eq_16 -0.19943425059318542 n1_l1_affine_eq_17 0.30046409368515015
    x_10 n1_l1_affine_eq_18 -0.0829605907201767 n1_l1_affine_eq_19 0.05131901055574417
    x_10 n1_l1_affine_eq_20 -0.28657570481300354 n1_l1_affine_eq_21 -0.33521756529808044
    x_10 n1_l1_affine_eq_22 -0.246135413646698 n1_l1_affine_eq_23 -0.09708315134048462
    x_10 n1_l1_affine_eq_24 -0.21764729917049408 n1_l1_affine_eq_25 -0.21304014325141907
    x_10 n1_l1_affine_eq_26 -0.31268271803855896 n1_l1_affine_eq_27 0.08510628342628479
    x_10 n1_l1_affine_eq_28 -0.22482964396476746 n1_l1_affine_eq_29 0.05306025221943855
    x_10 n1_l1_affine_eq_30 0.6187106966972351 n1_l1_affine_eq_31 0.0848148986697197
    x_10 n1_l1_affine_eq_32 -0.17323555052280426 n1_l1_affine_eq_33 0.11754798889160156
    x_10 n1_l1_affine_eq_34 0.21463948488235474 n1_l1_affine_eq_35 0.0397711843252182
    x_10 n1_l1_affine_eq_36 -0.15238939225673676 n1_l1_affine_eq_37 0.01164085790514946
    x_10 n1_l1_affine_eq_38 0.4148615896701813 n1_l1_affine_eq_39 0.2914181053638458
    x_10 n1_l1_affine_eq_40 -0.05326506122946739 n1_l1_affine_eq_41 0.1671082079410553
    x_10 n1_l1_affine_eq_42 0.06888938695192337 n1_l1_affine_eq_43 0.40446022152900696
    x_10 n1_l1_affine_eq_44 -0.02745817042887211 n1_l1_affine_eq_45 0.13457301259040833
    x_10 n1_l1_affine_eq_46 0.2799161374568939 n1_l1_affine_eq_47 -0.10982333868741989
    x_10 n1_l1_affine_eq_48 0.3714897930622101 n1_l1_affine_eq_49 0.18804839253425598
    x_10 n1_l1_affine_eq_50 -0.16405493021011353 n1_l1_affine_eq_51 0.11946596950292587
    x_10 n1_l1_affine_eq_52 0.18392948806285858 n1_l1_affine_eq_53 -0.038316357880830765
    x_10 n1_l1_affine_eq_54 -0.12504756450653076 n1_l1_affine_eq_55 0.800763726234436
    x_10 n1_l1_affine_eq_56 0.07069148868322372 n1_l1_affine_eq_57 0.13229185342788696
    x_10 n1_l1_affine_eq_58 0.42255744338035583 n1_l1_affine_eq_59 -0.1186385378241539
    x_10 n1_l1_affine_eq_60 -0.13389277458190918 n1_l1_affine_eq_61 -0.06431562453508377
    x_10 n1_l1_affine_eq_62 0.16936960816383362 n1_l1_affine_eq_63 -0.2951762080192566
    x_10 n1_l1_affine_eq_64 -0.16001470386981964 n1_l1_affine_eq_65 0.20627859234809875
    x_10 n1_l1_affine_eq_66 -0.05135474354028702 n1_l1_affine_eq_67 -0.18649822473526
    x_10 n1_l1_affine_eq_68 -0.13156753778457642 n1_l1_affine_eq_69 0.0543794259428978
    x_10 n1_l1_affine_eq_70 -0.04786774888634682 n1_l1_affine_eq_71 -0.048608630895614624
    x_10 n1_l1_affine_eq_72 0.17194493114948273 n1_l1_affine_eq_73 -0.12363198399543762
    x_10 n1_l1_affine_eq_74 0.16156484186649323 n1_l1_affine_eq_75 -0.0671909749507904
    x_10 n1_l1_affine_eq_76 0.2639653980731964 n1_l1_affine_eq_77 -0.03975249454379082
    x_10 n1_l1_affine_eq_78 0.054087083786726 n1_l1_affine_eq_79 0.2398775964975357
    x_10 n1_l1_affine_eq_80 0.12309280782938004 n1_l1_affine_eq_81 0.599332869052887
    x_10 n1_l1_affine_eq_82 0.06475581973791122 n1_l1_affine_eq_83 -0.20250922441482544
    x_10 n1_l1_affine_eq_84 0.058464571833610535 n1_l1_affine_eq_85 -0.12490358203649521
    x_10 n1_l1_affine_eq_86 0.28120794892311096 n1_l1_affine_eq_87 -0.14224864542484283
    x_10 n1_l1_affine_eq_88 0.05964522808790207 n1_l1_affine_eq_89 0.1356634497642517
    x_10 n1_l1_affine_eq_90 0.2498227208852768 n1_l1_affine_eq_91 -0.15861433744430542
    x_10 n1_l1_affine_eq_92 -0.008205695077776909 n1_l1_affine_eq_93 -0.15415455400943756
    x_10 n1_l1_affine_eq_94 0.36499807238578796 n1_l1_affine_eq_95 0.17967277765274048
    x_10 n1_l1_affine_eq_96 0.17173665761947632 n1_l1_affine_eq_97 -0.44788649678230286
    x_10 n1_l1_affine_eq_98 -0.023118101060390472 n1_l1_affine_eq_99 0.12157590687274933
    x_10 n2_l1_affine_eq_0 0.42302462458610535 n2_l1_affine_eq_1 -0.031160058453679085
    x_10 n2_l1_affine_eq_2 0.1006292775273323 n2_l1_affine_eq_3 -0.7968581318855286
    x_10 n2_l1_affine_eq_4 -0.07544166594743729 n2_l1_affine_eq_5 -0.08323109149932861
    x_10 n2_l1_affine_eq_6 -0.394508421421051 n2_l1_affine_eq_7 0.09159870445728302
    x_10 n2_l1_affine_eq_8 -0.25421255826950073 n2_l1_affine_eq_9 0.139260396361351
    x_10 n2_l1_affine_eq_10 0.6023538112640381 n2_l1_affine_eq_11 0.3126745820045471
    x_10 n2_l1_affine_eq_12 0.04651840776205063 n2_l1_affine_eq_13 0.07730691134929657
    x_10 n2_l1_affine_eq_14 0.8935959935188293 n2_l1_affine_eq_15 -0.4038955271244049
    x_10 n2_l1_affine_eq_16 -0.2646481692790985 n2_l1_affine_eq_17 0.6287896037101746
    x_10 n2_l1_affine_eq_18 -0.20848597586154938 n2_l1_affine_eq_19 -0.6111835241317749
    x_10 n2_l1_affine_eq_20 -0.3547767996788025 n2_l1_affine_eq_21 -0.1668788343667984
    x_10 n2_l1_affine_eq_22 0.11545402556657791 n2_l1_affine_eq_23 0.05754514038562775
    x_10 n2_l1_affine_eq_24 0.38823866844177246 n2_l1_affine_eq_25 -0.20875099301338196
    x_10 n2_l1_affine_eq_26 0.2811490297317505 n2_l1_affine_eq_27 -0.7296320199966431
    x_10 n2_l1_affine_eq_28 0.7130756974220276 n2_l1_affine_eq_29 0.39264771342277527
    x_10 n2_l1_affine_eq_30 -0.2731032967567444 n2_l1_affine_eq_31 -0.5082592368125916
    x_10 n2_l1_affine_eq_32 0.17121921479701996 n2_l1_affine_eq_33 -0.002551101613789797
    x_10 n2_l1_affine_eq_34 0.47317519783973694 n2_l1_affine_eq_35 0.2970988154411316
    x_10 n2_l1_affine_eq_36 0.3345300853252411 n2_l1_affine_eq_37 0.1536135971546173
    x_10 n2_l1_affine_eq_38 -0.045002516359090805 n2_l1_affine_eq_39 0.8535302877426147
    x_11 n1_l1_affine_eq_0 0.13086193799972534 n1_l1_affine_eq_1 -0.016233475878834724
    x_11 n1_l1_affine_eq_2 0.28244635462760925 n1_l1_affine_eq_3 -0.16009405255317688
    x_11 n1_l1_affine_eq_4 0.07748542726039886 n1_l1_affine_eq_5 0.04813392087817192
    x_11 n1_l1_affine_eq_6 0.04537823423743248 n1_l1_affine_eq_7 0.08122073113918304
    x_11 n1_l1_affine_eq_8 -0.0764545351266861 n1_l1_affine_eq_9 -0.19153247773647308
    x_11 n1_l1_affine_eq_10 0.2019525170326233 n1_l1_affine_eq_11 0.19034144282341003
    x_11 n1_l1_affine_eq_12 -0.13669201731681824 n1_l1_affine_eq_13 -0.07374271005392075
    x_11 n1_l1_affine_eq_14 -0.1968819797039032 n1_l1_affine_eq_15 0.13519048690795898
    x_11 n1_l1_affine_eq_16 -0.1593509167432785 n1_l1_affine_eq_17 -0.09114787727594376
    x_11 n1_l1_affine_eq_18 0.08180198818445206 n1_l1_affine_eq_19 -0.1677451878786087
    x_11 n1_l1_affine_eq_20 0.0810268223285675 n1_l1_affine_eq_21 0.2522314190864563
    x_11 n1_l1_affine_eq_22 0.007510109804570675 n1_l1_affine_eq_23 -0.016522428020834923
    x_11 n1_l1_affine_eq_24 -0.1581496000289917 n1_l1_affine_eq_25 -0.14466460049152374
    x_11 n1_l1_affine_eq_26 -0.07631509751081467 n1_l1_affine_eq_27 -0.06359279155731201
    x_11 n1_l1_affine_eq_28 -0.08546815812587738 n1_l1_affine_eq_29 -0.04503120481967926
    x_11 n1_l1_affine_eq_30 0.9347126483917236 n1_l1_affine_eq_31 -0.2128227949142456
    x_11 n1_l1_affine_eq_32 0.05515700951218605 n1_l1_affine_eq_33 -0.24826014041900635
    x_11 n1_l1_affine_eq_34 -0.32973358035087585 n1_l1_affine_eq_35 -0.23340804874897003
    x_11 n1_l1_affine_eq_36 0.2832694351673126 n1_l1_affine_eq_37 0.05923876911401749
    x_11 n1_l1_affine_eq_38 0.2991815507411957 n1_l1_affine_eq_39 0.33730605244636536
    x_11 n1_l1_affine_eq_40 0.03600172698497772 n1_l1_affine_eq_41 -0.017869217321276665
    x_11 n1_l1_affine_eq_42 0.17548495531082153 n1_l1_affine_eq_43 0.10534647107124329
    x_11 n1_l1_affine_eq_44 -0.425746351480484 n1_l1_affine_eq_45 -0.046139199286699295
    x_11 n1_l1_affine_eq_46 0.15644261240959167 n1_l1_affine_eq_47 -0.009882823564112186
    x_11 n1_l1_affine_eq_48 0.5160735845565796 n1_l1_affine_eq_49 -0.02162313275039196
    x_11 n1_l1_affine_eq_50 -0.07872732728719711 n1_l1_affine_eq_51 -0.09191212803125381
    x_11 n1_l1_affine_eq_52 0.0846744105219841 n1_l1_affine_eq_53 -0.10629117488861084
    x_11 n1_l1_affine_eq_54 -0.2489863932132721 n1_l1_affine_eq_55 0.06567700952291489
    x_11 n1_l1_affine_eq_56 0.03821958601474762 n1_l1_affine_eq_57 0.18636366724967957
    x_11 n1_l1_affine_eq_58 0.06388922780752182 n1_l1_affine_eq_59 0.10619925707578659
    x_11 n1_l1_affine_eq_60 -0.23639176785945892 n1_l1_affine_eq_61 0.6488160490989685
    x_11 n1_l1_affine_eq_62 0.22490377724170685 n1_l1_affine_eq_63 -0.3536275625228882
    x_11 n1_l1_affine_eq_64 -0.13246765732765198 n1_l1_affine_eq_65 0.07325387001037598
    x_11 n1_l1_affine_eq_66 0.09031078964471817 n1_l1_affine_eq_67 -0.3117370307445526
    x_11 n1_l1_affine_eq_68 0.02001749537885189 n1_l1_affine_eq_69 -0.17192475497722626
    x_11 n1_l1_affine_eq_70 -0.04110444709658623 n1_l1_affine_eq_71 0.15146927535533905
    x_11 n1_l1_affine_eq_72 0.1030699610710144 n1_l1_affine_eq_73 -0.060456834733486176
    x_11 n1_l1_affine_eq_74 -0.20119404792785645 n1_l1_affine_eq_75 0.11307678371667862
    x_11 n1_l1_affine_eq_76 0.01597045175731182 n1_l1_affine_eq_77 0.07556559145450592
    x_11 n1_l1_affine_eq_78 0.15284602344036102 n1_l1_affine_eq_79 0.3102686405181885
    x_11 n1_l1_affine_eq_80 -0.2811484634876251 n1_l1_affine_eq_81 0.15875282883644104
    x_11 n1_l1_affine_eq_82 0.029372893273830414 n1_l1_affine_eq_83 -0.09555620700120926
    x_11 n1_l1_affine_eq_84 -0.011132214218378067 n1_l1_affine_eq_85 -0.11910063773393631
    x_11 n1_l1_affine_eq_86 0.2692383825778961 n1_l1_affine_eq_87 -0.17450980842113495
    x_11 n1_l1_affine_eq_88 0.25177815556526184 n1_l1_affine_eq_89 -0.024649562314152718
    x_11 n1_l1_affine_eq_90 -0.19093935191631317 n1_l1_affine_eq_91 -0.05903137847781181
    x_11 n1_l1_affine_eq_92 -0.3819347023963928 n1_l1_affine_eq_93 -0.05438949912786484
    x_11 n1_l1_affine_eq_94 -0.1228019967675209 n1_l1_affine_eq_95 0.009077034890651703
    x_11 n1_l1_affine_eq_96 -0.007638405542820692 n1_l1_affine_eq_97 0.051865123212337494
    x_11 n1_l1_affine_eq_98 0.18601438403129578 n1_l1_affine_eq_99 -0.03985774889588356
    x_11 n2_l1_affine_eq_0 -0.011644406244158745 n2_l1_affine_eq_1 -0.5803442597389221
    x_11 n2_l1_affine_eq_2 -0.06618174910545349 n2_l1_affine_eq_3 -0.6994856595993042
    x_11 n2_l1_affine_eq_4 -0.09088513255119324 n2_l1_affine_eq_5 0.08298927545547485
    x_11 n2_l1_affine_eq_6 -0.3075350821018219 n2_l1_affine_eq_7 0.3126189410686493
    x_11 n2_l1_affine_eq_8 0.17421384155750275 n2_l1_affine_eq_9 0.2946113348007202
    x_11 n2_l1_affine_eq_10 0.42467886209487915 n2_l1_affine_eq_11 0.11658129841089249
    x_11 n2_l1_affine_eq_12 -0.07202806323766708 n2_l1_affine_eq_13 0.1136690154671669
    x_11 n2_l1_affine_eq_14 0.3548241853713989 n2_l1_affine_eq_15 0.39450448751449585
    x_11 n2_l1_affine_eq_16 -0.31282109022140503 n2_l1_affine_eq_17 0.17075073719024658
    x_11 n2_l1_affine_eq_18 -0.18717409670352936 n2_l1_affine_eq_19 -0.9841579794883728
    x_11 n2_l1_affine_eq_20 -0.06831146776676178 n2_l1_affine_eq_21 -0.35519084334373474
    x_11 n2_l1_affine_eq_22 0.35808059573173523 n2_l1_affine_eq_23 -0.20524203777313232
    x_11 n2_l1_affine_eq_24 0.05466107651591301 n2_l1_affine_eq_25 0.2534622251987457
    x_11 n2_l1_affine_eq_26 -0.5855221748352051 n2_l1_affine_eq_27 -1.1027910709381104
    x_11 n2_l1_affine_eq_28 0.22244904935359955 n2_l1_affine_eq_29 -0.1304677575826645
    x_11 n2_l1_affine_eq_30 -0.32339081168174744 n2_l1_affine_eq_31 0.519896388053894
    x_11 n2_l1_affine_eq_32 -0.3013903498649597 n2_l1_affine_eq_33 -0.2664177715778351
    x_11 n2_l1_affine_eq_34 0.3210867643356323 n2_l1_affine_eq_35 0.09160193055868149
    x_11 n2_l1_affine_eq_36 -0.10001669079065323 n2_l1_affine_eq_37 -0.526168704032898
    x_11 n2_l1_affine_eq_38 -0.3422947824001312 n2_l1_affine_eq_39 -0.8135280609130859
    x_12 n1_l1_affine_eq_0 0.004339769948273897 n1_l1_affine_eq_1 -0.023212270811200142
    x_12 n1_l1_affine_eq_2 0.09524897485971451 n1_l1_affine_eq_3 -0.12595601379871368
    x_12 n1_l1_affine_eq_4 0.21838468313217163 n1_l1_affine_eq_5 -0.17523862421512604
    x_12 n1_l1_affine_eq_6 0.04004712402820587 n1_l1_affine_eq_7 0.2899269759654999
    x_12 n1_l1_affine_eq_8 0.0919879749417305 n1_l1_affine_eq_9 0.08109473437070847
    x_12 n1_l1_affine_eq_10 -0.06591907143592834 n1_l1_affine_eq_11 0.09004838764667511
    x_12 n1_l1_affine_eq_12 -0.1494053155183792 n1_l1_affine_eq_13 -0.13651305437088013
    x_12 n1_l1_affine_eq_14 -0.3978902995586395 n1_l1_affine_eq_15 -0.16289739310741425
    x_12 n1_l1_affine_eq_16 -0.01312700193375349 n1_l1_affine_eq_17 -0.22661155462265015
    x_12 n1_l1_affine_eq_18 -0.016458667814731598 n1_l1_affine_eq_19 0.06540601700544357
    x_12 n1_l1_affine_eq_20 0.04897763580083847 n1_l1_affine_eq_21 0.06160259246826172
    x_12 n1_l1_affine_eq_22 -0.035223376005887985 n1_l1_affine_eq_23 0.0038260119035840034
    x_12 n1_l1_affine_eq_24 0.048155829310417175 n1_l1_affine_eq_25 0.11532434076070786
    x_12 n1_l1_affine_eq_26 -0.010940808802843094 n1_l1_affine_eq_27 0.020019246265292168
    x_12 n1_l1_affine_eq_28 -0.12578275799751282 n1_l1_affine_eq_29 -0.214308962225914
    x_12 n1_l1_affine_eq_30 1.4467285871505737 n1_l1_affine_eq_31 -0.10378971695899963
    x_12 n1_l1_affine_eq_32 0.13589982688426971 n1_l1_affine_eq_33 -0.1424144059419632
    x_12 n1_l1_affine_eq_34 0.0111664067953825 n1_l1_affine_eq_35 -0.16379666328430176
    x_12 n1_l1_affine_eq_36 0.4600939154624939 n1_l1_affine_eq_37 -0.0838676318526268
    x_12 n1_l1_affine_eq_38 -0.14184150099754333 n1_l1_affine_eq_39 0.05381208285689354
    x_12 n1_l1_affine_eq_40 0.1687360256910324 n1_l1_affine_eq_41 -0.1324554830789566
    x_12 n1_l1_affine_eq_42 -0.03707249090075493 n1_l1_affine_eq_43 0.052560023963451385
    x_12 n1_l1_affine_eq_44 -0.1191234290599823 n1_l1_affine_eq_45 0.08245565742254257
    x_12 n1_l1_affine_eq_46 -0.20004253089427948 n1_l1_affine_eq_47 0.06005129590630531
    x_12 n1_l1_affine_eq_48 0.05851547420024872 n1_l1_affine_eq_49 -0.11755567044019699
    x_12 n1_l1_affine_eq_50 -0.10894910991191864 n1_l1_affine_eq_51 -0.02170063555240631
    x_12 n1_l1_affine_eq_52 0.13633671402931213 n1_l1_affine_eq_53 -0.06593616306781769
    x_12 n1_l1_affine_eq_54 -0.10888263583183289 n1_l1_affine_eq_55 0.11033238470554352
    x_12 n1_l1_affine_eq_56 0.3872658312320709 n1_l1_affine_eq_57 -0.3252643048763275
    x_12 n1_l1_affine_eq_58 0.07065374404191971 n1_l1_affine_eq_59 -0.09696264564990997
    x_12 n1_l1_affine_eq_60 -0.08622076362371445 n1_l1_affine_eq_61 0.31774505972862244
    x_12 n1_l1_affine_eq_62 -0.2857378125190735 n1_l1_affine_eq_63 -0.21332348883152008
    x_12 n1_l1_affine_eq_64 -0.044829294085502625 n1_l1_affine_eq_65 -0.052627600729465485
    x_12 n1_l1_affine_eq_66 -0.04108500853180885 n1_l1_affine_eq_67 -0.0052996790036559105
    x_12 n1_l1_affine_eq_68 0.09338459372520447 n1_l1_affine_eq_69 -0.07380807399749756
    x_12 n1_l1_affine_eq_70 -0.07842791080474854 n1_l1_affine_eq_71 -0.08362531661987305
    x_12 n1_l1_affine_eq_72 -0.0662652850151062 n1_l1_affine_eq_73 0.15874306857585907
    x_12 n1_l1_affine_eq_74 -0.09247779101133347 n1_l1_affine_eq_75 0.15907089412212372
    x_12 n1_l1_affine_eq_76 -0.022563643753528595 n1_l1_affine_eq_77 -0.3200187385082245
    x_12 n1_l1_affine_eq_78 0.09538989514112473 n1_l1_affine_eq_79 -0.10580552369356155
    x_12 n1_l1_affine_eq_80 -0.009702476672828197 n1_l1_affine_eq_81 -0.13926739990711212
    x_12 n1_l1_affine_eq_82 -0.0173952579498291 n1_l1_affine_eq_83 -0.17667627334594727
    x_12 n1_l1_affine_eq_84 0.20794159173965454 n1_l1_affine_eq_85 -0.022382423281669617
    x_12 n1_l1_affine_eq_86 -0.022139746695756912 n1_l1_affine_eq_87 -0.17088446021080017
    x_12 n1_l1_affine_eq_88 -0.183291956782341 n1_l1_affine_eq_89 -0.2999747097492218
    x_12 n1_l1_affine_eq_90 -0.18225710093975067 n1_l1_affine_eq_91 0.013842379674315453
    x_12 n1_l1_affine_eq_92 -0.3165070116519928 n1_l1_affine_eq_93 0.26063722372055054
    x_12 n1_l1_affine_eq_94 -0.2330426126718521 n1_l1_affine_eq_95 0.17226602137088776
    x_12 n1_l1_affine_eq_96 0.19347362220287323 n1_l1_affine_eq_97 0.9242537617683411
    x_12 n1_l1_affine_eq_98 0.13168765604496002 n1_l1_affine_eq_99 -0.27939528226852417
    x_12 n2_l1_affine_eq_0 0.334256649017334 n2_l1_affine_eq_1 -0.5863193869590759
    x_12 n2_l1_affine_eq_2 -0.47485560178756714 n2_l1_affine_eq_3 -0.06471072137355804
    x_12 n2_l1_affine_eq_4 -0.46027377247810364 n2_l1_affine_eq_5 0.21646983921527863
    x_12 n2_l1_affine_eq_6 -0.14045527577400208 n2_l1_affine_eq_7 0.3480861783027649
    x_12 n2_l1_affine_eq_8 -0.04225432872772217 n2_l1_affine_eq_9 0.32617616653442383
    x_12 n2_l1_affine_eq_10 -0.038102541118860245 n2_l1_affine_eq_11 -0.2331373244524002
    x_12 n2_l1_affine_eq_12 -0.0033071713987737894 n2_l1_affine_eq_13 0.024568945169448853
    x_12 n2_l1_affine_eq_14 0.05055444687604904 n2_l1_affine_eq_15 0.3082512319087982
    x_12 n2_l1_affine_eq_16 -0.06749621778726578 n2_l1_affine_eq_17 -0.11718963086605072
    x_12 n2_l1_affine_eq_18 0.4650735557079315 n2_l1_affine_eq_19 -0.9635343551635742
    x_12 n2_l1_affine_eq_20 -0.2644103169441223 n2_l1_affine_eq_21 -0.15026545524597168
    x_12 n2_l1_affine_eq_22 0.01797187328338623 n2_l1_affine_eq_23 0.18535086512565613
    x_12 n2_l1_affine_eq_24 -0.1375165730714798 n2_l1_affine_eq_25 -0.12641175091266632
    x_12 n2_l1_affine_eq_26 -0.47300776839256287 n2_l1_affine_eq_27 -0.1385418027639389
    x_12 n2_l1_affine_eq_28 -0.2987971603870392 n2_l1_affine_eq_29 -1.0998389720916748
    x_12 n2_l1_affine_eq_30 -0.35985827445983887 n2_l1_affine_eq_31 0.36089596152305603
    x_12 n2_l1_affine_eq_32 -0.28747546672821045 n2_l1_affine_eq_33 -0.10479243099689484
    x_12 n2_l1_affine_eq_34 0.07674485445022583 n2_l1_affine_eq_35 -0.13296881318092346
    x_12 n2_l1_affine_eq_36 2.0432965755462646 n2_l1_affine_eq_37 -0.4686800241470337
    x_12 n2_l1_affine_eq_38 -0.1319146752357483 n2_l1_affine_eq_39 -0.19239500164985657
    x_13 n1_l1_affine_eq_0 -0.03779599443078041 n1_l1_affine_eq_1 -0.04822288453578949
    x_13 n1_l1_affine_eq_2 -0.1502489149570465 n1_l1_affine_eq_3 0.11256272345781326
    x_13 n1_l1_affine_eq_4 0.4335145950317383 n1_l1_affine_eq_5 -0.313478946685791
    x_13 n1_l1_affine_eq_6 -0.07339433580636978 n1_l1_affine_eq_7 0.1092580258846283
    x_13 n1_l1_affine_eq_8 0.08090770244598389 n1_l1_affine_eq_9 0.050840847194194794
    x_13 n1_l1_affine_eq_10 -0.045951198786497116 n1_l1_affine_eq_11 0.04213802516460419
    x_13 n1_l1_affine_eq_12 -0.279092401266098 n1_l1_affine_eq_13 -0.051316969096660614
    x_13 n1_l1_affine_eq_14 -0.01484815962612629 n1_l1_affine_eq_15 -0.19849629700183868
    x_13 n1_l1_affine_eq_16 -0.08101873844861984 n1_l1_affine_eq_17 -0.2615181803703308
    x_13 n1_l1_affine_eq_18 -0.20482143759727478 n1_l1_affine_eq_19 -0.14686603844165802
    x_13 n1_l1_affine_eq_20 -0.03466198593378067 n1_l1_affine_eq_21 0.2389027178287506
    x_13 n1_l1_affine_eq_22 -0.09878793358802795 n1_l1_affine_eq_23 -0.21022085845470428
    x_13 n1_l1_affine_eq_24 0.6369959115982056 n1_l1_affine_eq_25 0.06209399178624153
    x_13 n1_l1_affine_eq_26 0.12041271477937698 n1_l1_affine_eq_27 -0.15183104574680328
    x_13 n1_l1_affine_eq_28 0.1761791706085205 n1_l1_affine_eq_29 -0.13010041415691376
    x_13 n1_l1_affine_eq_30 0.7564342021942139 n1_l1_affine_eq_31 -0.12672095000743866
    x_13 n1_l1_affine_eq_32 0.08007670193910599 n1_l1_affine_eq_33 -0.08105118572711945
    x_13 n1_l1_affine_eq_34 0.19018083810806274 n1_l1_affine_eq_35 0.1492350995540619
    x_13 n1_l1_affine_eq_36 -0.25179824233055115 n1_l1_affine_eq_37 -0.20089450478553772
    x_13 n1_l1_affine_eq_38 0.049074772745370865 n1_l1_affine_eq_39 0.00819307565689087
    x_13 n1_l1_affine_eq_40 0.3599759340286255 n1_l1_affine_eq_41 -0.17861323058605194
    x_13 n1_l1_affine_eq_42 -0.13410745561122894 n1_l1_affine_eq_43 -0.1427963674068451
    x_13 n1_l1_affine_eq_44 0.03626105934381485 n1_l1_affine_eq_45 -0.07267932593822479
    x_13 n1_l1_affine_eq_46 -0.12246103584766388 n1_l1_affine_eq_47 -0.048367999494075775
    x_13 n1_l1_affine_eq_48 0.06794553250074387 n1_l1_affine_eq_49 -0.15388064086437225
    x_13 n1_l1_affine_eq_50 0.10031389445066452 n1_l1_affine_eq_51 0.03595021739602089
    x_13 n1_l1_affine_eq_52 0.10821396112442017 n1_l1_affine_eq_53 0.24976857006549835
    x_13 n1_l1_affine_eq_54 0.3928629159927368 n1_l1_affine_eq_55 0.002736443653702736
    x_13 n1_l1_affine_eq_56 -0.0012459137942641973 n1_l1_affine_eq_57 -0.3627451956272125
    x_13 n1_l1_affine_eq_58 -0.3734576106071472 n1_l1_affine_eq_59 0.07799843698740005
    x_13 n1_l1_affine_eq_60 0.4400232434272766 n1_l1_affine_eq_61 0.19411173462867737
    x_13 n1_l1_affine_eq_62 -0.11042475700378418 n1_l1_affine_eq_63 -0.03408622369170189
    x_13 n1_l1_affine_eq_64 0.2784219980239868 n1_l1_affine_eq_65 0.14081279933452606
    x_13 n1_l1_affine_eq_66 -0.07471027225255966 n1_l1_affine_eq_67 -0.00690700626000762
    x_13 n1_l1_affine_eq_68 0.018914468586444855 n1_l1_affine_eq_69 -0.2785208523273468
    x_13 n1_l1_affine_eq_70 -0.03963744640350342 n1_l1_affine_eq_71 -0.11309096962213516
    x_13 n1_l1_affine_eq_72 -0.11958759278059006 n1_l1_affine_eq_73 0.4615027904510498
    x_13 n1_l1_affine_eq_74 0.09314396977424622 n1_l1_affine_eq_75 0.02324383333325386
    x_13 n1_l1_affine_eq_76 0.06213626265525818 n1_l1_affine_eq_77 -0.20553019642829895
    x_13 n1_l1_affine_eq_78 0.16492971777915955 n1_l1_affine_eq_79 0.3921785354614258
    x_13 n1_l1_affine_eq_80 0.5227430462837219 n1_l1_affine_eq_81 0.10267027467489243
    x_13 n1_l1_affine_eq_82 -0.16088756918907166 n1_l1_affine_eq_83 -0.3892405331134796
    x_13 n1_l1_affine_eq_84 -0.1538310945034027 n1_l1_affine_eq_85 -0.3917815387248993
    x_13 n1_l1_affine_eq_86 -0.14546801149845123 n1_l1_affine_eq_87 -0.21680109202861786
    x_13 n1_l1_affine_eq_88 -0.22450947761535645 n1_l1_affine_eq_89 0.1494775414466858
    x_13 n1_l1_affine_eq_90 -0.2479521781206131 n1_l1_affine_eq_91 0.054276153445243835
    x_13 n1_l1_affine_eq_92 -0.2590271234512329 n1_l1_affine_eq_93 0.2185671180486679
    x_13 n1_l1_affine_eq_94 -0.2783085107803345 n1_l1_affine_eq_95 0.30263012647628784
    x_13 n1_l1_affine_eq_96 -0.05933758616447449 n1_l1_affine_eq_97 0.09738993644714355
    x_13 n1_l1_affine_eq_98 0.051077358424663544 n1_l1_affine_eq_99 0.09280921518802643
    x_13 n2_l1_affine_eq_0 -0.4466833770275116 n2_l1_affine_eq_1 0.5201641321182251
    x_13 n2_l1_affine_eq_2 -0.08050384372472763 n2_l1_affine_eq_3 0.2592966854572296
    x_13 n2_l1_affine_eq_4 -0.09116099029779434 n2_l1_affine_eq_5 0.2609088122844696
    x_13 n2_l1_affine_eq_6 -0.056204862892627716 n2_l1_affine_eq_7 0.051048148423433304
    x_13 n2_l1_affine_eq_8 0.048280537128448486 n2_l1_affine_eq_9 0.31956684589385986
    x_13 n2_l1_affine_eq_10 -0.5999996066093445 n2_l1_affine_eq_11 0.7472293972969055
    x_13 n2_l1_affine_eq_12 -0.0427066907286644 n2_l1_affine_eq_13 -0.41041290760040283
    x_13 n2_l1_affine_eq_14 0.41728875041007996 n2_l1_affine_eq_15 -0.10069633275270462
    x_13 n2_l1_affine_eq_16 0.5246679186820984 n2_l1_affine_eq_17 -0.17720434069633484
    x_13 n2_l1_affine_eq_18 0.9847594499588013 n2_l1_affine_eq_19 -0.336149662733078
    x_13 n2_l1_affine_eq_20 -0.15735086798667908 n2_l1_affine_eq_21 -0.02953718788921833
    x_13 n2_l1_affine_eq_22 0.25471124053001404 n2_l1_affine_eq_23 0.25085416436195374
    x_13 n2_l1_affine_eq_24 0.032057374715805054 n2_l1_affine_eq_25 0.10590366274118423
    x_13 n2_l1_affine_eq_26 -0.5218427181243896 n2_l1_affine_eq_27 -0.11298529803752899
    x_13 n2_l1_affine_eq_28 -0.039104994386434555 n2_l1_affine_eq_29 -0.7865827679634094
    x_13 n2_l1_affine_eq_30 -0.2003629505634308 n2_l1_affine_eq_31 -0.0676049068570137
    x_13 n2_l1_affine_eq_32 -0.17808490991592407 n2_l1_affine_eq_33 -0.062187809497117996
    x_13 n2_l1_affine_eq_34 0.2635924518108368 n2_l1_affine_eq_35 0.2530245780944824
    x_13 n2_l1_affine_eq_36 0.1066739559173584 n2_l1_affine_eq_37 0.10331527143716812
    x_13 n2_l1_affine_eq_38 -0.23178251087665558 n2_l1_affine_eq_39 0.4296400547027588
    x_14 n1_l1_affine_eq_0 0.1863042712211609 n1_l1_affine_eq_1 -0.014095809310674667
    x_14 n1_l1_affine_eq_2 0.004126589745283127 n1_l1_affine_eq_3 0.12894213199615479
    x_14 n1_l1_affine_eq_4 0.06324751675128937 n1_l1_affine_eq_5 -0.0021101899910718203
    x_14 n1_l1_affine_eq_6 -0.05851268395781517 n1_l1_affine_eq_7 0.5869478583335876
    x_14 n1_l1_affine_eq_8 -0.09956162422895432 n1_l1_affine_eq_9 0.1946457475423813
    x_14 n1_l1_affine_eq_10 -0.049932900816202164 n1_l1_affine_eq_11 0.15124478936195374
    x_14 n1_l1_affine_eq_12 -0.05925096943974495 n1_l1_affine_eq_13 0.2939209043979645
    x_14 n1_l1_affine_eq_14 0.12371409684419632 n1_l1_affine_eq_15 0.02282383292913437
    x_14 n1_l1_affine_eq_16 -0.03946497291326523 n1_l1_affine_eq_17 0.03280841186642647
    x_14 n1_l1_affine_eq_18 0.01780303381383419 n1_l1_affine_eq_19 -0.16043788194656372
    x_14 n1_l1_affine_eq_20 0.031018422916531563 n1_l1_affine_eq_21 -0.17498557269573212
    x_14 n1_l1_affine_eq_22 0.03194523602724075 n1_l1_affine_eq_23 -0.1435747742652893
    x_14 n1_l1_affine_eq_24 0.12716911733150482 n1_l1_affine_eq_25 -0.10160098969936371
    x_14 n1_l1_affine_eq_26 -0.10232720524072647 n1_l1_affine_eq_27 -0.06756439059972763
    x_14 n1_l1_affine_eq_28 -0.09251853823661804 n1_l1_affine_eq_29 0.05288948118686676
    x_14 n1_l1_affine_eq_30 0.28787726163864136 n1_l1_affine_eq_31 -0.09298404306173325
    x_14 n1_l1_affine_eq_32 -0.07050769776105881 n1_l1_affine_eq_33 -0.2165127396583557
    x_14 n1_l1_affine_eq_34 -0.09433304518461227 n1_l1_affine_eq_35 0.05988701432943344
    x_14 n1_l1_affine_eq_36 0.009319005534052849 n1_l1_affine_eq_37 -0.12463388592004776
    x_14 n1_l1_affine_eq_38 0.04504280909895897 n1_l1_affine_eq_39 0.00014053932682145387
    x_14 n1_l1_affine_eq_40 0.044983260333538055 n1_l1_affine_eq_41 -0.14959271252155304
    x_14 n1_l1_affine_eq_42 0.03082500956952572 n1_l1_affine_eq_43 -0.19352146983146667
    x_14 n1_l1_affine_eq_44 -0.045673344284296036 n1_l1_affine_eq_45 0.0714692696928978
    x_14 n1_l1_affine_eq_46 -0.13338404893875122 n1_l1_affine_eq_47 -0.013401154428720474
    x_14 n1_l1_affine_eq_48 0.07344262301921844 n1_l1_affine_eq_49 -0.019845668226480484
    x_14 n1_l1_affine_eq_50 0.1173197478055954 n1_l1_affine_eq_51 -0.04778650775551796
    x_14 n1_l1_affine_eq_52 0.3725322186946869 n1_l1_affine_eq_53 0.3733420670032501
    x_14 n1_l1_affine_eq_54 -0.1799728125333786 n1_l1_affine_eq_55 0.07617457211017609
    x_14 n1_l1_affine_eq_56 -0.09377270191907883 n1_l1_affine_eq_57 0.11176972091197968
    x_14 n1_l1_affine_eq_58 -0.20818327367305756 n1_l1_affine_eq_59 0.008608074858784676
    x_14 n1_l1_affine_eq_60 0.542248547077179 n1_l1_affine_eq_61 0.019607214257121086
    x_14 n1_l1_affine_eq_62 0.8030221462249756 n1_l1_affine_eq_63 0.23037661612033844
    x_14 n1_l1_affine_eq_64 0.3696824014186859 n1_l1_affine_eq_65 0.05232721194624901
    x_14 n1_l1_affine_eq_66 0.2182731330394745 n1_l1_affine_eq_67 0.26813721656799316
    x_14 n1_l1_affine_eq_68 0.06974083930253983 n1_l1_affine_eq_69 -0.12461733818054199
    x_14 n1_l1_affine_eq_70 0.4628174901008606 n1_l1_affine_eq_71 -0.01065137516707182
    x_14 n1_l1_affine_eq_72 0.2205178439617157 n1_l1_affine_eq_73 0.4068412184715271
    x_14 n1_l1_affine_eq_74 0.13671404123306274 n1_l1_affine_eq_75 -0.08846551924943924
    x_14 n1_l1_affine_eq_76 -0.043013643473386765 n1_l1_affine_eq_77 0.3207417130470276
    x_14 n1_l1_affine_eq_78 0.37140730023384094 n1_l1_affine_eq_79 0.27676427364349365
    x_14 n1_l1_affine_eq_80 0.898348867893219 n1_l1_affine_eq_81 0.2925623655319214
    x_14 n1_l1_affine_eq_82 -0.2746830880641937 n1_l1_affine_eq_83 -0.4231415092945099
    x_14 n1_l1_affine_eq_84 -0.22665876150131226 n1_l1_affine_eq_85 -0.15158069133758545
    x_14 n1_l1_affine_eq_86 -0.1993151605129242 n1_l1_affine_eq_87 -0.2144644856452942
    x_14 n1_l1_affine_eq_88 -0.06446275115013123 n1_l1_affine_eq_89 0.057991139590740204
    x_14 n1_l1_affine_eq_90 0.16663669049739838 n1_l1_affine_eq_91 -0.010129531845450401
    x_14 n1_l1_affine_eq_92 -0.11420303583145142 n1_l1_affine_eq_93 -0.20982904732227325
    x_14 n1_l1_affine_eq_94 -0.03066440299153328 n1_l1_affine_eq_95 0.19559073448181152
    x_14 n1_l1_affine_eq_96 0.23662398755550385 n1_l1_affine_eq_97 -0.17452216148376465
    x_14 n1_l1_affine_eq_98 -0.11478254944086075 n1_l1_affine_eq_99 0.07445040345191956
    x_14 n2_l1_affine_eq_0 -0.4292181730270386 n2_l1_affine_eq_1 0.8846753835678101
    x_14 n2_l1_affine_eq_2 0.3087194561958313 n2_l1_affine_eq_3 -0.23330646753311157
    x_14 n2_l1_affine_eq_4 0.05072600394487381 n2_l1_affine_eq_5 0.05588843673467636
    x_14 n2_l1_affine_eq_6 -0.3166187107563019 n2_l1_affine_eq_7 0.1261301040649414
    x_14 n2_l1_affine_eq_8 0.2353142499923706 n2_l1_affine_eq_9 0.10741683840751648
    x_14 n2_l1_affine_eq_10 -0.07474344223737717 n2_l1_affine_eq_11 1.3402466773986816
    x_14 n2_l1_affine_eq_12 0.07897460460662842 n2_l1_affine_eq_13 -0.3948219418525696
    x_14 n2_l1_affine_eq_14 0.3225243091583252 n2_l1_affine_eq_15 -0.2840535044670105
    x_14 n2_l1_affine_eq_16 1.1786246299743652 n2_l1_affine_eq_17 -0.1884298175573349
    x_14 n2_l1_affine_eq_18 1.713813304901123 n2_l1_affine_eq_19 -0.042367979884147644
    x_14 n2_l1_affine_eq_20 0.0956999883055687 n2_l1_affine_eq_21 -0.24908068776130676
    x_14 n2_l1_affine_eq_22 -0.17441707849502563 n2_l1_affine_eq_23 0.4184111952781677
    x_14 n2_l1_affine_eq_24 0.1590214967727661 n2_l1_affine_eq_25 0.012432396411895752
    x_14 n2_l1_affine_eq_26 -0.8458026051521301 n2_l1_affine_eq_27 0.5243050456047058
    x_14 n2_l1_affine_eq_28 -0.26834335923194885 n2_l1_affine_eq_29 -0.1766764521598816
    x_14 n2_l1_affine_eq_30 -0.4921906888484955 n2_l1_affine_eq_31 -0.48191291093826294
    x_14 n2_l1_affine_eq_32 0.5778663158416748 n2_l1_affine_eq_33 0.07592926174402237
    x_14 n2_l1_affine_eq_34 0.3181993067264557 n2_l1_affine_eq_35 0.760759711265564
    x_14 n2_l1_affine_eq_36 0.037031739950180054 n2_l1_affine_eq_37 0.11037877947092056
    x_14 n2_l1_affine_eq_38 -0.2951047122478485 n2_l1_affine_eq_39 0.1822141706943512
    x_15 n1_l1_affine_eq_0 0.20987948775291443 n1_l1_affine_eq_1 -0.3566816449165344
    x_15 n1_l1_affine_eq_2 0.10367372632026672 n1_l1_affine_eq_3 0.33482497930526733
    x_15 n1_l1_affine_eq_4 -0.0267258882522583 n1_l1_affine_eq_5 0.055814143270254135
    x_15 n1_l1_affine_eq_6 -0.13723675906658173 n1_l1_affine_eq_7 0.7835158109664917
    x_15 n1_l1_affine_eq_8 0.13444273173809052 n1_l1_affine_eq_9 0.11275746673345566
    x_15 n1_l1_affine_eq_10 -0.3458296060562134 n1_l1_affine_eq_11 0.22068536281585693
    x_15 n1_l1_affine_eq_12 -0.19764444231987 n1_l1_affine_eq_13 -0.013920634984970093
    x_15 n1_l1_affine_eq_14 0.24888990819454193 n1_l1_affine_eq_15 -0.29754871129989624
    x_15 n1_l1_affine_eq_16 0.20535823702812195 n1_l1_affine_eq_17 0.09447571635246277
    x_15 n1_l1_affine_eq_18 0.14780902862548828 n1_l1_affine_eq_19 -0.5366678237915039
    x_15 n1_l1_affine_eq_20 -0.3257601857185364 n1_l1_affine_eq_21 0.0011628508800640702
    x_15 n1_l1_affine_eq_22 -0.014640270732343197 n1_l1_affine_eq_23 -0.14957699179649353
    x_15 n1_l1_affine_eq_24 -0.29731765389442444 n1_l1_affine_eq_25 0.08620351552963257
    x_15 n1_l1_affine_eq_26 -0.3515123426914215 n1_l1_affine_eq_27 -0.2908130884170532
    x_15 n1_l1_affine_eq_28 -0.3755131959915161 n1_l1_affine_eq_29 -0.3209894597530365
    x_15 n1_l1_affine_eq_30 0.8432642817497253 n1_l1_affine_eq_31 0.09584062546491623
    x_15 n1_l1_affine_eq_32 0.001096129766665399 n1_l1_affine_eq_33 -0.17046315968036652
    x_15 n1_l1_affine_eq_34 -0.08435380458831787 n1_l1_affine_eq_35 -0.17212973535060883
    x_15 n1_l1_affine_eq_36 0.0748414397239685 n1_l1_affine_eq_37 -0.034379586577415466
    x_15 n1_l1_affine_eq_38 0.6973700523376465 n1_l1_affine_eq_39 0.06641224771738052
    x_15 n1_l1_affine_eq_40 -0.054980598390102386 n1_l1_affine_eq_41 0.185652956366539
    x_15 n1_l1_affine_eq_42 -0.13309228420257568 n1_l1_affine_eq_43 0.1874350905418396
    x_15 n1_l1_affine_eq_44 -0.13718873262405396 n1_l1_affine_eq_45 -0.1047317385673523
    x_15 n1_l1_affine_eq_46 -0.2607961595058441 n1_l1_affine_eq_47 -0.33137351274490356
    x_15 n1_l1_affine_eq_48 -0.01211771834641695 n1_l1_affine_eq_49 0.09085600823163986
    x_15 n1_l1_affine_eq_50 -0.017029661685228348 n1_l1_affine_eq_51 0.1507169008255005
    x_15 n1_l1_affine_eq_52 0.02092030830681324 n1_l1_affine_eq_53 0.21514275670051575
    x_15 n1_l1_affine_eq_54 -0.40787720680236816 n1_l1_affine_eq_55 0.5448520183563232
    x_15 n1_l1_affine_eq_56 -0.0737680047750473 n1_l1_affine_eq_57 0.22850127518177032
    x_15 n1_l1_affine_eq_58 0.09645381569862366 n1_l1_affine_eq_59 0.17674967646598816
    x_15 n1_l1_affine_eq_60 0.4317295551300049 n1_l1_affine_eq_61 0.18806330859661102
    x_15 n1_l1_affine_eq_62 -0.1357439160346985 n1_l1_affine_eq_63 0.3211241662502289
    x_15 n1_l1_affine_eq_64 0.524518609046936 n1_l1_affine_eq_65 0.04617352783679962
    x_15 n1_l1_affine_eq_66 0.2509313225746155 n1_l1_affine_eq_67 0.07532645016908646
    x_15 n1_l1_affine_eq_68 -0.16505999863147736 n1_l1_affine_eq_69 0.09245721995830536
    x_15 n1_l1_affine_eq_70 0.0971914678812027 n1_l1_affine_eq_71 -0.10888441652059555
    x_15 n1_l1_affine_eq_72 0.12659026682376862 n1_l1_affine_eq_73 0.32152000069618225
    x_15 n1_l1_affine_eq_74 0.0016994597390294075 n1_l1_affine_eq_75 0.03415321558713913
    x_15 n1_l1_affine_eq_76 -0.1880609691143036 n1_l1_affine_eq_77 0.002071529161185026
    x_15 n1_l1_affine_eq_78 0.12652193009853363 n1_l1_affine_eq_79 0.29872676730155945
    x_15 n1_l1_affine_eq_80 0.48063579201698303 n1_l1_affine_eq_81 0.04745829105377197
    x_15 n1_l1_affine_eq_82 -0.5292820334434509 n1_l1_affine_eq_83 -0.5559894442558289
    x_15 n1_l1_affine_eq_84 0.02292073331773281 n1_l1_affine_eq_85 -0.3707384467124939
    x_15 n1_l1_affine_eq_86 0.034293483942747116 n1_l1_affine_eq_87 -0.023688435554504395
    x_15 n1_l1_affine_eq_88 0.3157620429992676 n1_l1_affine_eq_89 -0.1867186725139618
    x_15 n1_l1_affine_eq_90 0.2476664036512375 n1_l1_affine_eq_91 -0.29644596576690674
    x_15 n1_l1_affine_eq_92 0.21834217011928558 n1_l1_affine_eq_93 -0.1789863109588623
    x_15 n1_l1_affine_eq_94 -0.22097374498844147 n1_l1_affine_eq_95 -0.1319679170846939
    x_15 n1_l1_affine_eq_96 0.21121351420879364 n1_l1_affine_eq_97 -0.27687934041023254
    x_15 n1_l1_affine_eq_98 -0.05099138244986534 n1_l1_affine_eq_99 -0.18824690580368042
    x_15 n2_l1_affine_eq_0 -0.652606725692749 n2_l1_affine_eq_1 0.1692177802324295
    x_15 n2_l1_affine_eq_2 -0.10195545852184296 n2_l1_affine_eq_3 -1.4366354942321777
    x_15 n2_l1_affine_eq_4 -0.1823347955942154 n2_l1_affine_eq_5 -0.3375006914138794
    x_15 n2_l1_affine_eq_6 0.6217280626296997 n2_l1_affine_eq_7 0.40908995270729065
    x_15 n2_l1_affine_eq_8 -0.07064010947942734 n2_l1_affine_eq_9 0.7814365029335022
    x_15 n2_l1_affine_eq_10 -0.016788603737950325 n2_l1_affine_eq_11 -1.1169484853744507
    x_15 n2_l1_affine_eq_12 -0.09741396456956863 n2_l1_affine_eq_13 -0.47636908292770386
    x_15 n2_l1_affine_eq_14 0.275858610868454 n2_l1_affine_eq_15 0.2673845887184143
    x_15 n2_l1_affine_eq_16 0.3132111132144928 n2_l1_affine_eq_17 0.7702521085739136
    x_15 n2_l1_affine_eq_18 -0.1547286957502365 n2_l1_affine_eq_19 -0.9821826815605164
    x_15 n2_l1_affine_eq_20 -0.19713875651359558 n2_l1_affine_eq_21 -1.670960545539856
    x_15 n2_l1_affine_eq_22 0.7643311023712158 n2_l1_affine_eq_23 1.746305227279663
    x_15 n2_l1_affine_eq_24 0.7992449998855591 n2_l1_affine_eq_25 0.0034248679876327515
    x_15 n2_l1_affine_eq_26 -0.5273841619491577 n2_l1_affine_eq_27 1.7369108200073242
    x_15 n2_l1_affine_eq_28 -0.9839984774589539 n2_l1_affine_eq_29 0.627997875213623
    x_15 n2_l1_affine_eq_30 -2.3737499713897705 n2_l1_affine_eq_31 -0.8817927837371826
    x_15 n2_l1_affine_eq_32 -0.6888981461524963 n2_l1_affine_eq_33 0.6017313003540039
    x_15 n2_l1_affine_eq_34 0.057546988129615784 n2_l1_affine_eq_35 -0.21186308562755585
    x_15 n2_l1_affine_eq_36 0.9563869833946228 n2_l1_affine_eq_37 0.17283231019973755
    x_15 n2_l1_affine_eq_38 -0.6098718047142029 n2_l1_affine_eq_39 0.07463093101978302
    x_16 n1_l1_affine_eq_0 -0.6807186603546143 n1_l1_affine_eq_1 0.19077329337596893
    x_16 n1_l1_affine_eq_2 -0.2328912615776062 n1_l1_affine_eq_3 0.1723218411207199
    x_16 n1_l1_affine_eq_4 0.031453460454940796 n1_l1_affine_eq_5 -0.165439635515213
    x_16 n1_l1_affine_eq_6 0.12417426705360413 n1_l1_affine_eq_7 -0.2680741250514984
    x_16 n1_l1_affine_eq_8 -0.03489703685045242 n1_l1_affine_eq_9 -0.13227751851081848
    x_16 n1_l1_affine_eq_10 0.09209951758384705 n1_l1_affine_eq_11 -0.2438998967409134
    x_16 n1_l1_affine_eq_12 0.02376372739672661 n1_l1_affine_eq_13 -0.2872198224067688
    x_16 n1_l1_affine_eq_14 -0.3264497220516205 n1_l1_affine_eq_15 -0.2879077196121216
    x_16 n1_l1_affine_eq_16 -0.19784487783908844 n1_l1_affine_eq_17 0.024823550134897232
    x_16 n1_l1_affine_eq_18 -0.21744640171527863 n1_l1_affine_eq_19 0.02965361811220646
    x_16 n1_l1_affine_eq_20 0.21721936762332916 n1_l1_affine_eq_21 -0.12400943040847778
    x_16 n1_l1_affine_eq_22 0.37662380933761597 n1_l1_affine_eq_23 -0.30494916439056396
    x_16 n1_l1_affine_eq_24 0.016768435016274452 n1_l1_affine_eq_25 0.3731578290462494
    x_16 n1_l1_affine_eq_26 0.15657970309257507 n1_l1_affine_eq_27 -0.15199348330497742
    x_16 n1_l1_affine_eq_28 -0.47323736548423767 n1_l1_affine_eq_29 0.23650746047496796
    x_16 n1_l1_affine_eq_30 -0.23848353326320648 n1_l1_affine_eq_31 0.002915792167186737
    x_16 n1_l1_affine_eq_32 -0.1620098501443863 n1_l1_affine_eq_33 0.02964038960635662
    x_16 n1_l1_affine_eq_34 0.24044007062911987 n1_l1_affine_eq_35 -0.3114561140537262
    x_16 n1_l1_affine_eq_36 -0.25727593898773193 n1_l1_affine_eq_37 0.2588750123977661
    x_16 n1_l1_affine_eq_38 -0.18452152609825134 n1_l1_affine_eq_39 -0.12013504654169083
    x_16 n1_l1_affine_eq_40 0.046909037977457047 n1_l1_affine_eq_41 0.23368202149868011
    x_16 n1_l1_affine_eq_42 0.29902079701423645 n1_l1_affine_eq_43 0.23953281342983246
    x_16 n1_l1_affine_eq_44 0.13104066252708435 n1_l1_affine_eq_45 0.4064233899116516
    x_16 n1_l1_affine_eq_46 -0.15326912701129913 n1_l1_affine_eq_47 -0.20647718012332916
    x_16 n1_l1_affine_eq_48 -0.09772283583879471 n1_l1_affine_eq_49 -0.02386612631380558
    x_16 n1_l1_affine_eq_50 -0.23813486099243164 n1_l1_affine_eq_51 0.1853010207414627
    x_16 n1_l1_affine_eq_52 0.12620365619659424 n1_l1_affine_eq_53 -0.19372549653053284
    x_16 n1_l1_affine_eq_54 0.03409525007009506 n1_l1_affine_eq_55 -0.20392361283302307
    x_16 n1_l1_affine_eq_56 -0.2350224107503891 n1_l1_affine_eq_57 -0.15656673908233643
    x_16 n1_l1_affine_eq_58 0.11683200299739838 n1_l1_affine_eq_59 0.12466741353273392
    x_16 n1_l1_affine_eq_60 -0.02716267667710781 n1_l1_affine_eq_61 -0.14153215289115906
    x_16 n1_l1_affine_eq_62 0.21091364324092865 n1_l1_affine_eq_63 0.19784866273403168
    x_16 n1_l1_affine_eq_64 0.1702011376619339 n1_l1_affine_eq_65 0.4341278076171875
    x_16 n1_l1_affine_eq_66 -0.40025845170021057 n1_l1_affine_eq_67 0.2640388011932373
    x_16 n1_l1_affine_eq_68 -0.16989046335220337 n1_l1_affine_eq_69 0.0007968386635184288
    x_16 n1_l1_affine_eq_70 0.13920024037361145 n1_l1_affine_eq_71 -0.2472512573003769
    x_16 n1_l1_affine_eq_72 -0.2938905358314514 n1_l1_affine_eq_73 -0.053891632705926895
    x_16 n1_l1_affine_eq_74 -0.321675568819046 n1_l1_affine_eq_75 -0.24530445039272308
    x_16 n1_l1_affine_eq_76 0.10406675189733505 n1_l1_affine_eq_77 -0.11925648152828217
    x_16 n1_l1_affine_eq_78 0.018898319453001022 n1_l1_affine_eq_79 0.024079781025648117
    x_16 n1_l1_affine_eq_80 -0.17102326452732086 n1_l1_affine_eq_81 0.40825122594833374
    x_16 n1_l1_affine_eq_82 0.40910613536834717 n1_l1_affine_eq_83 0.2137957364320755
    x_16 n1_l1_affine_eq_84 -0.12006311118602753 n1_l1_affine_eq_85 -0.36756473779678345
    x_16 n1_l1_affine_eq_86 0.25693389773368835 n1_l1_affine_eq_87 -0.298220157623291
    x_16 n1_l1_affine_eq_88 0.07752849906682968 n1_l1_affine_eq_89 0.045971110463142395
    x_16 n1_l1_affine_eq_90 0.02658895216882229 n1_l1_affine_eq_91 -0.15977248549461365
    x_16 n1_l1_affine_eq_92 0.6935377717018127 n1_l1_affine_eq_93 -0.1334700584411621
    x_16 n1_l1_affine_eq_94 0.32432982325553894 n1_l1_affine_eq_95 -0.0789884701371193
    x_16 n1_l1_affine_eq_96 0.1800059974193573 n1_l1_affine_eq_97 -0.09533914178609848
    x_16 n1_l1_affine_eq_98 -0.09648759663105011 n1_l1_affine_eq_99 -0.05925348401069641
    x_16 n2_l1_affine_eq_0 1.3934341669082642 n2_l1_affine_eq_1 0.4776097238063812
    x_16 n2_l1_affine_eq_2 2.3331637382507324 n2_l1_affine_eq_3 -0.4083501100540161
    x_16 n2_l1_affine_eq_4 0.4357564449310303 n2_l1_affine_eq_5 0.2791004776954651
    x_16 n2_l1_affine_eq_6 1.1646761894226074 n2_l1_affine_eq_7 -1.3685977458953857
    x_16 n2_l1_affine_eq_8 -0.21295048296451569 n2_l1_affine_eq_9 -0.72507643699646
    x_16 n2_l1_affine_eq_10 1.3893040418624878 n2_l1_affine_eq_11 -0.3156508505344391
    x_16 n2_l1_affine_eq_12 -0.7672106623649597 n2_l1_affine_eq_13 0.27929094433784485
    x_16 n2_l1_affine_eq_14 1.2572228908538818 n2_l1_affine_eq_15 -0.03100578486919403
    x_16 n2_l1_affine_eq_16 0.2658044695854187 n2_l1_affine_eq_17 -0.24459974467754364
    x_16 n2_l1_affine_eq_18 -0.7346792221069336 n2_l1_affine_eq_19 0.04883956164121628
    x_16 n2_l1_affine_eq_20 -0.03799453005194664 n2_l1_affine_eq_21 -0.48929786682128906
    x_16 n2_l1_affine_eq_22 -0.35570430755615234 n2_l1_affine_eq_23 -0.7413294315338135
    x_16 n2_l1_affine_eq_24 -0.18670549988746643 n2_l1_affine_eq_25 0.17475776374340057
    x_16 n2_l1_affine_eq_26 0.7548621892929077 n2_l1_affine_eq_27 -0.5864087343215942
    x_16 n2_l1_affine_eq_28 0.21740545332431793 n2_l1_affine_eq_29 0.1262175738811493
    x_16 n2_l1_affine_eq_30 -1.1704009771347046 n2_l1_affine_eq_31 0.7261695861816406
    x_16 n2_l1_affine_eq_32 0.07872585952281952 n2_l1_affine_eq_33 -0.5210952162742615
    x_16 n2_l1_affine_eq_34 -0.5865321159362793 n2_l1_affine_eq_35 -0.10903512686491013
    x_16 n2_l1_affine_eq_36 0.04473879560828209 n2_l1_affine_eq_37 -0.8331432938575745
    x_16 n2_l1_affine_eq_38 0.5875132083892822 n2_l1_affine_eq_39 -0.9838346838951111
    x_17 n1_l1_affine_eq_0 -0.12461530417203903 n1_l1_affine_eq_1 -0.0326782688498497
    x_17 n1_l1_affine_eq_2 0.13788041472434998 n1_l1_affine_eq_3 0.1863085925579071
    x_17 n1_l1_affine_eq_4 -0.3675785958766937 n1_l1_affine_eq_5 -0.012864780612289906
    x_17 n1_l1_affine_eq_6 0.0023405172396451235 n1_l1_affine_eq_7 -0.28589239716529846
    x_17 n1_l1_affine_eq_8 0.004996244329959154 n1_l1_affine_eq_9 0.21205207705497742
    x_17 n1_l1_affine_eq_10 -0.22117702662944794 n1_l1_affine_eq_11 0.40753883123397827
    x_17 n1_l1_affine_eq_12 -0.18144068121910095 n1_l1_affine_eq_13 -0.29054832458496094
    x_17 n1_l1_affine_eq_14 0.4230021834373474 n1_l1_affine_eq_15 -0.0637274757027626
    x_17 n1_l1_affine_eq_16 0.16517378389835358 n1_l1_affine_eq_17 0.021036947146058083
    x_17 n1_l1_affine_eq_18 -0.08729146420955658 n1_l1_affine_eq_19 0.020513229072093964
    x_17 n1_l1_affine_eq_20 0.2907536029815674 n1_l1_affine_eq_21 -0.36832067370414734
    x_17 n1_l1_affine_eq_22 0.5957838296890259 n1_l1_affine_eq_23 0.10734305530786514
    x_17 n1_l1_affine_eq_24 -0.02921322174370289 n1_l1_affine_eq_25 0.3029477000236511
    x_17 n1_l1_affine_eq_26 -0.2662663459777832 n1_l1_affine_eq_27 -0.25071364641189575
    x_17 n1_l1_affine_eq_28 -0.22251258790493011 n1_l1_affine_eq_29 0.1459786295890808
    x_17 n1_l1_affine_eq_30 -0.2370452582836151 n1_l1_affine_eq_31 -0.11511681228876114
    x_17 n1_l1_affine_eq_32 -0.36938202381134033 n1_l1_affine_eq_33 -0.06485073268413544
    x_17 n1_l1_affine_eq_34 0.1864723414182663 n1_l1_affine_eq_35 0.11676681041717529
    x_17 n1_l1_affine_eq_36 -0.14500869810581207 n1_l1_affine_eq_37 0.14969319105148315
    x_17 n1_l1_affine_eq_38 -0.2375016063451767 n1_l1_affine_eq_39 0.14068123698234558
    x_17 n1_l1_affine_eq_40 0.014757941477000713 n1_l1_affine_eq_41 0.1201072558760643
    x_17 n1_l1_affine_eq_42 0.14828655123710632 n1_l1_affine_eq_43 0.34429726004600525
    x_17 n1_l1_affine_eq_44 0.13614344596862793 n1_l1_affine_eq_45 -0.06914032250642776
    x_17 n1_l1_affine_eq_46 -0.3685491681098938 n1_l1_affine_eq_47 -0.1632114201784134
    x_17 n1_l1_affine_eq_48 0.32911068201065063 n1_l1_affine_eq_49 -0.007598112337291241
    x_17 n1_l1_affine_eq_50 0.13133259117603302 n1_l1_affine_eq_51 0.24497173726558685
    x_17 n1_l1_affine_eq_52 0.07229594141244888 n1_l1_affine_eq_53 -0.2756599187850952
    x_17 n1_l1_affine_eq_54 -0.038194093853235245 n1_l1_affine_eq_55 -0.15796685218811035
    x_17 n1_l1_affine_eq_56 -0.052547208964824677 n1_l1_affine_eq_57 0.052514057606458664
    x_17 n1_l1_affine_eq_58 -0.2389867752790451 n1_l1_affine_eq_59 0.07959810644388199
    x_17 n1_l1_affine_eq_60 -0.03352445736527443 n1_l1_affine_eq_61 -0.045901741832494736
    x_17 n1_l1_affine_eq_62 0.04010819271206856 n1_l1_affine_eq_63 0.2844560742378235
    x_17 n1_l1_affine_eq_64 -0.028564538806676865 n1_l1_affine_eq_65 0.532768964767456
    x_17 n1_l1_affine_eq_66 -0.2621418535709381 n1_l1_affine_eq_67 -0.17579655349254608
    x_17 n1_l1_affine_eq_68 -0.13825736939907074 n1_l1_affine_eq_69 0.11133836209774017
    x_17 n1_l1_affine_eq_70 0.0011263394262641668 n1_l1_affine_eq_71 0.03120988793671131
    x_17 n1_l1_affine_eq_72 -0.1876884549856186 n1_l1_affine_eq_73 0.050261907279491425
    x_17 n1_l1_affine_eq_74 -0.22022593021392822 n1_l1_affine_eq_75 0.041064828634262085
    x_17 n1_l1_affine_eq_76 0.9481610655784607 n1_l1_affine_eq_77 -0.04415009543299675
    x_17 n1_l1_affine_eq_78 0.22803732752799988 n1_l1_affine_eq_79 0.059660911560058594
    x_17 n1_l1_affine_eq_80 -0.04194643348455429 n1_l1_affine_eq_81 0.5363604426383972
    x_17 n1_l1_affine_eq_82 -0.07769127935171127 n1_l1_affine_eq_83 0.22290664911270142
    x_17 n1_l1_affine_eq_84 0.18136878311634064 n1_l1_affine_eq_85 0.1730085015296936
    x_17 n1_l1_affine_eq_86 -0.04245489090681076 n1_l1_affine_eq_87 0.012230828404426575
    x_17 n1_l1_affine_eq_88 0.008870905265212059 n1_l1_affine_eq_89 -0.05346672609448433
    x_17 n1_l1_affine_eq_90 0.06115948036313057 n1_l1_affine_eq_91 0.042161975055933
    x_17 n1_l1_affine_eq_92 0.33198484778404236 n1_l1_affine_eq_93 0.11325050890445709
    x_17 n1_l1_affine_eq_94 0.49761834740638733 n1_l1_affine_eq_95 -0.17892664670944214
    x_17 n1_l1_affine_eq_96 0.09405011683702469 n1_l1_affine_eq_97 -0.013388888910412788
    x_17 n1_l1_affine_eq_98 0.04721508547663689 n1_l1_affine_eq_99 0.04039681330323219
    x_17 n2_l1_affine_eq_0 2.609912633895874 n2_l1_affine_eq_1 0.15198089182376862
    x_17 n2_l1_affine_eq_2 0.2796702980995178 n2_l1_affine_eq_3 -0.8480673432350159
    x_17 n2_l1_affine_eq_4 0.7616930603981018 n2_l1_affine_eq_5 0.1463160216808319
    x_17 n2_l1_affine_eq_6 0.20969945192337036 n2_l1_affine_eq_7 -0.36229580640792847
    x_17 n2_l1_affine_eq_8 -0.3313952386379242 n2_l1_affine_eq_9 -0.4470957815647125
    x_17 n2_l1_affine_eq_10 0.46750736236572266 n2_l1_affine_eq_11 -0.3499951958656311
    x_17 n2_l1_affine_eq_12 -0.23721398413181305 n2_l1_affine_eq_13 0.0855901688337326
    x_17 n2_l1_affine_eq_14 0.7303719520568848 n2_l1_affine_eq_15 0.10997381061315536
    x_17 n2_l1_affine_eq_16 0.11591662466526031 n2_l1_affine_eq_17 0.518500030040741
    x_17 n2_l1_affine_eq_18 -0.42220818996429443 n2_l1_affine_eq_19 0.5186611413955688
    x_17 n2_l1_affine_eq_20 0.19842487573623657 n2_l1_affine_eq_21 -0.1420758068561554
    x_17 n2_l1_affine_eq_22 -0.010467210784554482 n2_l1_affine_eq_23 -0.06759587675333023
    x_17 n2_l1_affine_eq_24 -0.06775537133216858 n2_l1_affine_eq_25 0.05933882296085358
    x_17 n2_l1_affine_eq_26 -0.23944438993930817 n2_l1_affine_eq_27 0.39422470331192017
    x_17 n2_l1_affine_eq_28 0.14628659188747406 n2_l1_affine_eq_29 -0.1482817828655243
    x_17 n2_l1_affine_eq_30 -0.781766951084137 n2_l1_affine_eq_31 -0.15546368062496185
    x_17 n2_l1_affine_eq_32 -0.212015300989151 n2_l1_affine_eq_33 -0.26822295784950256
    x_17 n2_l1_affine_eq_34 0.2757247984409332 n2_l1_affine_eq_35 -0.16786223649978638
    x_17 n2_l1_affine_eq_36 0.09701108932495117 n2_l1_affine_eq_37 0.49753648042678833
    x_17 n2_l1_affine_eq_38 -0.4802488088607788 n2_l1_affine_eq_39 0.938912034034729
    x_18 n1_l1_affine_eq_0 -0.09613244235515594 n1_l1_affine_eq_1 -0.26530128717422485
    x_18 n1_l1_affine_eq_2 0.23688600957393646 n1_l1_affine_eq_3 -0.21914002299308777
    x_18 n1_l1_affine_eq_4 -0.1410682499408722 n1_l1_affine_eq_5 0.06592933088541031
    x_18 n1_l1_affine_eq_6 0.08530719578266144 n1_l1_affine_eq_7 -0.11086437851190567
    x_18 n1_l1_affine_eq_8 -0.16104644536972046 n1_l1_affine_eq_9 0.30603301525115967
    x_18 n1_l1_affine_eq_10 -0.03895658254623413 n1_l1_affine_eq_11 0.2949211001396179
    x_18 n1_l1_affine_eq_12 -0.052048131823539734 n1_l1_affine_eq_13 -0.07814526557922363
    x_18 n1_l1_affine_eq_14 0.034795694053173065 n1_l1_affine_eq_15 -0.12929785251617432
    x_18 n1_l1_affine_eq_16 -0.038589250296354294 n1_l1_affine_eq_17 0.2385014146566391
    x_18 n1_l1_affine_eq_18 -0.031582310795784 n1_l1_affine_eq_19 -0.09804826229810715
    x_18 n1_l1_affine_eq_20 0.4233655333518982 n1_l1_affine_eq_21 -0.4140893220901489
    x_18 n1_l1_affine_eq_22 0.22783783078193665 n1_l1_affine_eq_23 0.036764033138751984
    x_18 n1_l1_affine_eq_24 -0.01051732711493969 n1_l1_affine_eq_25 -0.1704624593257904
    x_18 n1_l1_affine_eq_26 -0.18341006338596344 n1_l1_affine_eq_27 -0.06821350753307343
    x_18 n1_l1_affine_eq_28 -0.2005651295185089 n1_l1_affine_eq_29 0.03320753574371338
    x_18 n1_l1_affine_eq_30 -0.016733288764953613 n1_l1_affine_eq_31 -0.12446567416191101
    x_18 n1_l1_affine_eq_32 -0.2751246392726898 n1_l1_affine_eq_33 -0.2175191342830658
    x_18 n1_l1_affine_eq_34 -0.24032601714134216 n1_l1_affine_eq_35 -0.048953231424093246
    x_18 n1_l1_affine_eq_36 -0.3226095139980316 n1_l1_affine_eq_37 -0.31621813774108887
    x_18 n1_l1_affine_eq_38 -0.08986787497997284 n1_l1_affine_eq_39 -0.21397916972637177
    x_18 n1_l1_affine_eq_40 0.15589816868305206 n1_l1_affine_eq_41 -0.08390245586633682
    x_18 n1_l1_affine_eq_42 -0.21046125888824463 n1_l1_affine_eq_43 0.18006455898284912
    x_18 n1_l1_affine_eq_44 -0.19739146530628204 n1_l1_affine_eq_45 -0.1277887523174286
    x_18 n1_l1_affine_eq_46 0.4963243007659912 n1_l1_affine_eq_47 -0.07493999600410461
    x_18 n1_l1_affine_eq_48 0.336368203163147 n1_l1_affine_eq_49 0.07671201229095459
    x_18 n1_l1_affine_eq_50 -0.08032625913619995 n1_l1_affine_eq_51 -0.18636751174926758
    x_18 n1_l1_affine_eq_52 0.09703274071216583 n1_l1_affine_eq_53 0.11067605763673782
    x_18 n1_l1_affine_eq_54 0.33310914039611816 n1_l1_affine_eq_55 0.6865657567977905
    x_18 n1_l1_affine_eq_56 -0.03185851871967316 n1_l1_affine_eq_57 0.3202008306980133
    x_18 n1_l1_affine_eq_58 -0.060965124517679214 n1_l1_affine_eq_59 0.21150922775268555
    x_18 n1_l1_affine_eq_60 0.04543723911046982 n1_l1_affine_eq_61 -0.2599223554134369
    x_18 n1_l1_affine_eq_62 -0.16196613013744354 n1_l1_affine_eq_63 0.654938280582428
    x_18 n1_l1_affine_eq_64 -0.04223572090268135 n1_l1_affine_eq_65 -0.09927427023649216
    x_18 n1_l1_affine_eq_66 -0.04270700737833977 n1_l1_affine_eq_67 -0.183140829205513
    x_18 n1_l1_affine_eq_68 -0.10186131298542023 n1_l1_affine_eq_69 -0.09524638205766678
    x_18 n1_l1_affine_eq_70 0.0902661606669426 n1_l1_affine_eq_71 0.020390504971146584
    x_18 n1_l1_affine_eq_72 -0.2237708866596222 n1_l1_affine_eq_73 -0.13144566118717194
    x_18 n1_l1_affine_eq_74 -0.1446739286184311 n1_l1_affine_eq_75 -0.1820301115512848
    x_18 n1_l1_affine_eq_76 0.6976264715194702 n1_l1_affine_eq_77 -0.04423965886235237
    x_18 n1_l1_affine_eq_78 0.013090691529214382 n1_l1_affine_eq_79 -0.09193173050880432
    x_18 n1_l1_affine_eq_80 -0.10200657695531845 n1_l1_affine_eq_81 0.387704998254776
    x_18 n1_l1_affine_eq_82 0.3720550537109375 n1_l1_affine_eq_83 -0.15925906598567963
    x_18 n1_l1_affine_eq_84 -0.12118317186832428 n1_l1_affine_eq_85 -0.2466941773891449
    x_18 n1_l1_affine_eq_86 0.05508575215935707 n1_l1_affine_eq_87 0.09187804162502289
    x_18 n1_l1_affine_eq_88 -0.00017982888675760478 n1_l1_affine_eq_89 -0.26033756136894226
    x_18 n1_l1_affine_eq_90 -0.2801390290260315 n1_l1_affine_eq_91 -0.2972100079059601
    x_18 n1_l1_affine_eq_92 0.1376890242099762 n1_l1_affine_eq_93 -0.005945555865764618
    x_18 n1_l1_affine_eq_94 -0.1512175053358078 n1_l1_affine_eq_95 0.10411246120929718
    x_18 n1_l1_affine_eq_96 0.22826296091079712 n1_l1_affine_eq_97 0.08284667134284973
    x_18 n1_l1_affine_eq_98 0.11429335176944733 n1_l1_affine_eq_99 0.16316311061382294
    x_18 n2_l1_affine_eq_0 0.4935798943042755 n2_l1_affine_eq_1 -0.20720724761486053
    x_18 n2_l1_affine_eq_2 -0.34277796745300293 n2_l1_affine_eq_3 -0.6201022863388062
    x_18 n2_l1_affine_eq_4 -0.11617592722177505 n2_l1_affine_eq_5 0.04127335920929909
    x_18 n2_l1_affine_eq_6 -0.21585971117019653 n2_l1_affine_eq_7 -0.5084295868873596
    x_18 n2_l1_affine_eq_8 -0.14318887889385223 n2_l1_affine_eq_9 -0.8541053533554077
    x_18 n2_l1_affine_eq_10 -0.15808938443660736 n2_l1_affine_eq_11 0.018529430031776428
    x_18 n2_l1_affine_eq_12 0.15466193854808807 n2_l1_affine_eq_13 -0.4569408595561981
    x_18 n2_l1_affine_eq_14 1.8975257873535156 n2_l1_affine_eq_15 -0.058511652052402496
    x_18 n2_l1_affine_eq_16 0.012291578575968742 n2_l1_affine_eq_17 0.2495148479938507
    x_18 n2_l1_affine_eq_18 0.15705379843711853 n2_l1_affine_eq_19 -0.02505284547805786
    x_18 n2_l1_affine_eq_20 -0.1557157337665558 n2_l1_affine_eq_21 -0.1074548289179802
    x_18 n2_l1_affine_eq_22 -0.4740472733974457 n2_l1_affine_eq_23 -0.3479292094707489
    x_18 n2_l1_affine_eq_24 -0.37640824913978577 n2_l1_affine_eq_25 0.005610719323158264
    x_18 n2_l1_affine_eq_26 -0.27843889594078064 n2_l1_affine_eq_27 1.712738275527954
    x_18 n2_l1_affine_eq_28 0.4284176826477051 n2_l1_affine_eq_29 -0.04702291265130043
    x_18 n2_l1_affine_eq_30 -0.7432687282562256 n2_l1_affine_eq_31 -0.3566729724407196
    x_18 n2_l1_affine_eq_32 -0.597987949848175 n2_l1_affine_eq_33 -0.30286452174186707
    x_18 n2_l1_affine_eq_34 0.23240715265274048 n2_l1_affine_eq_35 0.04798357933759689
    x_18 n2_l1_affine_eq_36 0.10995624959468842 n2_l1_affine_eq_37 -0.555456280708313
    x_18 n2_l1_affine_eq_38 0.0075706918723881245 n2_l1_affine_eq_39 0.1574096977710724
    x_19 n1_l1_affine_eq_0 -0.1547688990831375 n1_l1_affine_eq_1 -0.09561699628829956
    x_19 n1_l1_affine_eq_2 0.19486108422279358 n1_l1_affine_eq_3 -0.020632429048419
    x_19 n1_l1_affine_eq_4 -0.05390629172325134 n1_l1_affine_eq_5 0.09635874629020691
    x_19 n1_l1_affine_eq_6 0.033641379326581955 n1_l1_affine_eq_7 -0.140327587723732
    x_19 n1_l1_affine_eq_8 -0.03529644384980202 n1_l1_affine_eq_9 0.22494028508663177
    x_19 n1_l1_affine_eq_10 0.21548160910606384 n1_l1_affine_eq_11 0.0314423143863678
    x_19 n1_l1_affine_eq_12 -0.11653266847133636 n1_l1_affine_eq_13 0.17734919488430023
    x_19 n1_l1_affine_eq_14 0.3736111521720886 n1_l1_affine_eq_15 0.10393548756837845
    x_19 n1_l1_affine_eq_16 -0.20955024659633636 n1_l1_affine_eq_17 -0.0841505378484726
    x_19 n1_l1_affine_eq_18 -0.05043424293398857 n1_l1_affine_eq_19 0.24429140985012054
    x_19 n1_l1_affine_eq_20 -0.019502226263284683 n1_l1_affine_eq_21 0.1959039568901062
    x_19 n1_l1_affine_eq_22 -0.03232938051223755 n1_l1_affine_eq_23 -0.21126677095890045
    x_19 n1_l1_affine_eq_24 -0.009853363037109375 n1_l1_affine_eq_25 -0.18844802677631378
    x_19 n1_l1_affine_eq_26 0.2774779200553894 n1_l1_affine_eq_27 0.173197403550148
    x_19 n1_l1_affine_eq_28 -0.22637878358364105 n1_l1_affine_eq_29 -0.24606704711914062
    x_19 n1_l1_affine_eq_30 -0.08729030936956406 n1_l1_affine_eq_31 -0.1569681465625763
    x_19 n1_l1_affine_eq_32 -0.1924779862165451 n1_l1_affine_eq_33 0.06435757130384445
    x_19 n1_l1_affine_eq_34 -0.05037279054522514 n1_l1_affine_eq_35 0.010721777565777302
    x_19 n1_l1_affine_eq_36 -0.026727989315986633 n1_l1_affine_eq_37 -0.40257617831230164
    x_19 n1_l1_affine_eq_38 -0.09758475422859192 n1_l1_affine_eq_39 -0.1483551561832428
    x_19 n1_l1_affine_eq_40 0.07563862204551697 n1_l1_affine_eq_41 -0.0311899296939373
    x_19 n1_l1_affine_eq_42 -0.0869096890091896 n1_l1_affine_eq_43 -0.2603420913219452
    x_19 n1_l1_affine_eq_44 -0.15571337938308716 n1_l1_affine_eq_45 -0.08407203108072281
    x_19 n1_l1_affine_eq_46 0.048608627170324326 n1_l1_affine_eq_47 -0.0996016189455986
    x_19 n1_l1_affine_eq_48 -0.18946601450443268 n1_l1_affine_eq_49 -0.08843184262514114
    x_19 n1_l1_affine_eq_50 -0.0760803148150444 n1_l1_affine_eq_51 -0.042639583349227905
    x_19 n1_l1_affine_eq_52 0.024820836260914803 n1_l1_affine_eq_53 0.051332760602235794
    x_19 n1_l1_affine_eq_54 0.048099666833877563 n1_l1_affine_eq_55 0.019114872440695763
    x_19 n1_l1_affine_eq_56 0.37492823600769043 n1_l1_affine_eq_57 0.12911464273929596
    x_19 n1_l1_affine_eq_58 0.06546376645565033 n1_l1_affine_eq_59 0.13683684170246124
    x_19 n1_l1_affine_eq_60 -0.2689940333366394 n1_l1_affine_eq_61 0.6290914416313171
    x_19 n1_l1_affine_eq_62 0.36395263671875 n1_l1_affine_eq_63 0.5363353490829468
    x_19 n1_l1_affine_eq_64 -0.23965702950954437 n1_l1_affine_eq_65 0.10281945765018463
    x_19 n1_l1_affine_eq_66 0.06997060030698776 n1_l1_affine_eq_67 0.016134750097990036
    x_19 n1_l1_affine_eq_68 0.3709025979042053 n1_l1_affine_eq_69 -0.06441239267587662
    x_19 n1_l1_affine_eq_70 -0.21099478006362915 n1_l1_affine_eq_71 -0.030691100284457207
    x_19 n1_l1_affine_eq_72 -0.06954582035541534 n1_l1_affine_eq_73 0.09384357184171677
    x_19 n1_l1_affine_eq_74 0.2956765294075012 n1_l1_affine_eq_75 -0.15611772239208221
    x_19 n1_l1_affine_eq_76 -0.27260637283325195 n1_l1_affine_eq_77 0.053282830864191055
    x_19 n1_l1_affine_eq_78 -0.14013926684856415 n1_l1_affine_eq_79 -0.2801010012626648
    x_19 n1_l1_affine_eq_80 0.06594891101121902 n1_l1_affine_eq_81 -0.2510254383087158
    x_19 n1_l1_affine_eq_82 -0.07679146528244019 n1_l1_affine_eq_83 0.0372733436524868
    x_19 n1_l1_affine_eq_84 0.279557466506958 n1_l1_affine_eq_85 -0.2641446590423584
    x_19 n1_l1_affine_eq_86 0.04488757997751236 n1_l1_affine_eq_87 0.09191419929265976
    x_19 n1_l1_affine_eq_88 0.15467488765716553 n1_l1_affine_eq_89 -0.2852337956428528
    x_19 n1_l1_affine_eq_90 0.20200255513191223 n1_l1_affine_eq_91 -0.16475896537303925
    x_19 n1_l1_affine_eq_92 0.4711873531341553 n1_l1_affine_eq_93 -0.2334202378988266
    x_19 n1_l1_affine_eq_94 -0.0789564847946167 n1_l1_affine_eq_95 0.2416560798883438
    x_19 n1_l1_affine_eq_96 -0.36415109038352966 n1_l1_affine_eq_97 -0.3023194670677185
    x_19 n1_l1_affine_eq_98 0.1427661031484604 n1_l1_affine_eq_99 -0.18383975327014923
    x_19 n2_l1_affine_eq_0 -0.27284684777259827 n2_l1_affine_eq_1 -0.4419926404953003
    x_19 n2_l1_affine_eq_2 0.1321767121553421 n2_l1_affine_eq_3 0.23222582042217255
    x_19 n2_l1_affine_eq_4 0.265301913022995 n2_l1_affine_eq_5 -0.19159972667694092
    x_19 n2_l1_affine_eq_6 -0.6074584722518921 n2_l1_affine_eq_7 -0.9824959635734558
    x_19 n2_l1_affine_eq_8 0.16490018367767334 n2_l1_affine_eq_9 -0.1392272710800171
    x_19 n2_l1_affine_eq_10 -0.25858190655708313 n2_l1_affine_eq_11 -0.2055477797985077
    x_19 n2_l1_affine_eq_12 0.2761704921722412 n2_l1_affine_eq_13 0.41471242904663086
    x_19 n2_l1_affine_eq_14 0.35084402561187744 n2_l1_affine_eq_15 -0.35322752594947815
    x_19 n2_l1_affine_eq_16 -0.19790853559970856 n2_l1_affine_eq_17 0.16944725811481476
    x_19 n2_l1_affine_eq_18 -0.12764954566955566 n2_l1_affine_eq_19 0.12833091616630554
    x_19 n2_l1_affine_eq_20 -0.021552177146077156 n2_l1_affine_eq_21 0.11760911345481873
    x_19 n2_l1_affine_eq_22 0.3901868462562561 n2_l1_affine_eq_23 -0.30031996965408325
    x_19 n2_l1_affine_eq_24 -0.6622941493988037 n2_l1_affine_eq_25 0.1417979896068573
    x_19 n2_l1_affine_eq_26 0.09526725113391876 n2_l1_affine_eq_27 0.9954754710197449
    x_19 n2_l1_affine_eq_28 -0.42219188809394836 n2_l1_affine_eq_29 0.40930572152137756
    x_19 n2_l1_affine_eq_30 -0.7646142244338989 n2_l1_affine_eq_31 0.46152427792549133
    x_19 n2_l1_affine_eq_32 0.101943738758564 n2_l1_affine_eq_33 -0.24441657960414886
    x_19 n2_l1_affine_eq_34 0.24763424694538116 n2_l1_affine_eq_35 0.31091853976249695
    x_19 n2_l1_affine_eq_36 -0.013137842528522015 n2_l1_affine_eq_37 0.07771626859903336
    x_19 n2_l1_affine_eq_38 0.20939426124095917 n2_l1_affine_eq_39 -0.8468216061592102
    x_20 n1_l1_affine_eq_0 0.12770916521549225 n1_l1_affine_eq_1 -0.05067531019449234
    x_20 n1_l1_affine_eq_2 -0.05359242111444473 n1_l1_affine_eq_3 0.035295743495225906
    x_20 n1_l1_affine_eq_4 -0.07779781520366669 n1_l1_affine_eq_5 -0.05926593020558357
    x_20 n1_l1_affine_eq_6 0.15767709910869598 n1_l1_affine_eq_7 0.023797867819666862
    x_20 n1_l1_affine_eq_8 -0.1204974576830864 n1_l1_affine_eq_9 -0.07149376720190048
    x_20 n1_l1_affine_eq_10 -0.12492664158344269 n1_l1_affine_eq_11 -0.059234440326690674
    x_20 n1_l1_affine_eq_12 0.16491922736167908 n1_l1_affine_eq_13 0.13080987334251404
    x_20 n1_l1_affine_eq_14 0.18054431676864624 n1_l1_affine_eq_15 0.0379544198513031
    x_20 n1_l1_affine_eq_16 0.028400840237736702 n1_l1_affine_eq_17 -0.10006680339574814
    x_20 n1_l1_affine_eq_18 0.049197401851415634 n1_l1_affine_eq_19 -0.20505519211292267
    x_20 n1_l1_affine_eq_20 0.06319469958543777 n1_l1_affine_eq_21 0.0796588882803917
    x_20 n1_l1_affine_eq_22 -0.21636228263378143 n1_l1_affine_eq_23 -0.09804235398769379
    x_20 n1_l1_affine_eq_24 -0.33785372972488403 n1_l1_affine_eq_25 0.3731857240200043
    x_20 n1_l1_affine_eq_26 0.3360101580619812 n1_l1_affine_eq_27 0.24966192245483398
    x_20 n1_l1_affine_eq_28 -0.33360961079597473 n1_l1_affine_eq_29 0.34871867299079895
    x_20 n1_l1_affine_eq_30 0.12248565256595612 n1_l1_affine_eq_31 0.06216873228549957
    x_20 n1_l1_affine_eq_32 -0.3672008812427521 n1_l1_affine_eq_33 -0.08197898417711258
    x_20 n1_l1_affine_eq_34 0.18935245275497437 n1_l1_affine_eq_35 -0.07250488549470901
    x_20 n1_l1_affine_eq_36 0.07456302642822266 n1_l1_affine_eq_37 0.13292589783668518
    x_20 n1_l1_affine_eq_38 0.04391373321413994 n1_l1_affine_eq_39 -0.08743907511234283
    x_20 n1_l1_affine_eq_40 0.24337461590766907 n1_l1_affine_eq_41 0.12231755256652832
    x_20 n1_l1_affine_eq_42 -0.12250129133462906 n1_l1_affine_eq_43 -0.3603977560997009
    x_20 n1_l1_affine_eq_44 0.25740504264831543 n1_l1_affine_eq_45 0.20740069448947906
    x_20 n1_l1_affine_eq_46 -0.09867582470178604 n1_l1_affine_eq_47 0.021225180476903915
    x_20 n1_l1_affine_eq_48 -0.27817490696907043 n1_l1_affine_eq_49 0.06804464757442474
    x_20 n1_l1_affine_eq_50 -0.013864243403077126 n1_l1_affine_eq_51 0.1631011664867401
    x_20 n1_l1_affine_eq_52 0.07585576921701431 n1_l1_affine_eq_53 -0.36639150977134705
    x_20 n1_l1_affine_eq_54 0.022527780383825302 n1_l1_affine_eq_55 -0.05842243880033493
    x_20 n1_l1_affine_eq_56 0.2225784957408905 n1_l1_affine_eq_57 -0.23588116466999054
    x_20 n1_l1_affine_eq_58 0.06150846928358078 n1_l1_affine_eq_59 0.15158674120903015
    x_20 n1_l1_affine_eq_60 -0.009180685505270958 n1_l1_affine_eq_61 0.10042551904916763
    x_20 n1_l1_affine_eq_62 -0.2906457483768463 n1_l1_affine_eq_63 -0.052387334406375885
    x_20 n1_l1_affine_eq_64 -0.2769162356853485 n1_l1_affine_eq_65 0.15859009325504303
    x_20 n1_l1_affine_eq_66 -0.05220216512680054 n1_l1_affine_eq_67 -0.08281904458999634
    x_20 n1_l1_affine_eq_68 -0.10478844493627548 n1_l1_affine_eq_69 0.25762349367141724
    x_20 n1_l1_affine_eq_70 -0.20904360711574554 n1_l1_affine_eq_71 0.27192920446395874
    x_20 n1_l1_affine_eq_72 -0.11761818826198578 n1_l1_affine_eq_73 0.18731807172298431
    x_20 n1_l1_affine_eq_74 -0.07065287977457047 n1_l1_affine_eq_75 -0.25070473551750183
    x_20 n1_l1_affine_eq_76 -0.01295341644436121 n1_l1_affine_eq_77 0.016643106937408447
    x_20 n1_l1_affine_eq_78 -0.3556758463382721 n1_l1_affine_eq_79 0.2303178906440735
    x_20 n1_l1_affine_eq_80 -0.2525496780872345 n1_l1_affine_eq_81 0.08045963197946548
    x_20 n1_l1_affine_eq_82 0.06634394824504852 n1_l1_affine_eq_83 0.1940491944551468
    x_20 n1_l1_affine_eq_84 -0.03915747255086899 n1_l1_affine_eq_85 0.10387454926967621
    x_20 n1_l1_affine_eq_86 -0.04486512392759323 n1_l1_affine_eq_87 0.14076243340969086
    x_20 n1_l1_affine_eq_88 -0.26007282733917236 n1_l1_affine_eq_89 -0.006785308476537466
    x_20 n1_l1_affine_eq_90 -0.012014827691018581 n1_l1_affine_eq_91 0.24700956046581268
    x_20 n1_l1_affine_eq_92 0.2641672194004059 n1_l1_affine_eq_93 -0.13699020445346832
    x_20 n1_l1_affine_eq_94 0.12108027935028076 n1_l1_affine_eq_95 0.08292916417121887
    x_20 n1_l1_affine_eq_96 0.06682565063238144 n1_l1_affine_eq_97 0.6427991986274719
    x_20 n1_l1_affine_eq_98 -0.040397897362709045 n1_l1_affine_eq_99 -0.022130968049168587
    x_20 n2_l1_affine_eq_0 0.3119513988494873 n2_l1_affine_eq_1 0.09070499986410141
    x_20 n2_l1_affine_eq_2 0.15255224704742432 n2_l1_affine_eq_3 0.4530233144760132
    x_20 n2_l1_affine_eq_4 0.22198563814163208 n2_l1_affine_eq_5 -0.48839619755744934
    x_20 n2_l1_affine_eq_6 0.40865764021873474 n2_l1_affine_eq_7 -0.06472816318273544
    x_20 n2_l1_affine_eq_8 -0.10104064643383026 n2_l1_affine_eq_9 0.2013719230890274
    x_20 n2_l1_affine_eq_10 0.1657664179801941 n2_l1_affine_eq_11 -0.2314646989107132
    x_20 n2_l1_affine_eq_12 -0.34132686257362366 n2_l1_affine_eq_13 0.2734922766685486
    x_20 n2_l1_affine_eq_14 -0.3380354344844818 n2_l1_affine_eq_15 0.2560882270336151
    x_20 n2_l1_affine_eq_16 0.21333959698677063 n2_l1_affine_eq_17 -0.4169566035270691
    x_20 n2_l1_affine_eq_18 -0.8183056116104126 n2_l1_affine_eq_19 0.052451156079769135
    x_20 n2_l1_affine_eq_20 0.11370258778333664 n2_l1_affine_eq_21 0.06759212911128998
    x_20 n2_l1_affine_eq_22 -0.49353620409965515 n2_l1_affine_eq_23 -0.8012323379516602
    x_20 n2_l1_affine_eq_24 -0.16091854870319366 n2_l1_affine_eq_25 0.08989211916923523
    x_20 n2_l1_affine_eq_26 0.20630790293216705 n2_l1_affine_eq_27 0.03955061361193657
    x_20 n2_l1_affine_eq_28 -0.7157647609710693 n2_l1_affine_eq_29 -0.15027804672718048
    x_20 n2_l1_affine_eq_30 -0.392647922039032 n2_l1_affine_eq_31 0.31572210788726807
    x_20 n2_l1_affine_eq_32 -0.14132113754749298 n2_l1_affine_eq_33 0.10312299430370331
    x_20 n2_l1_affine_eq_34 0.00597923481836915 n2_l1_affine_eq_35 -0.21677826344966888
    x_20 n2_l1_affine_eq_36 1.044270396232605 n2_l1_affine_eq_37 0.06929615885019302
    x_20 n2_l1_affine_eq_38 0.34015917778015137 n2_l1_affine_eq_39 0.5058723092079163
    x_21 n1_l1_affine_eq_0 -0.05803591385483742 n1_l1_affine_eq_1 0.09293059259653091
    x_21 n1_l1_affine_eq_2 -0.009873519651591778 n1_l1_affine_eq_3 0.052884865552186966
    x_21 n1_l1_affine_eq_4 0.1847253143787384 n1_l1_affine_eq_5 -0.03738010674715042
    x_21 n1_l1_affine_eq_6 0.08065377175807953 n1_l1_affine_eq_7 -0.061347924172878265
    x_21 n1_l1_affine_eq_8 -0.18161378800868988 n1_l1_affine_eq_9 -0.0511658675968647
    x_21 n1_l1_affine_eq_10 -0.1488894522190094 n1_l1_affine_eq_11 -0.0009289566660299897
    x_21 n1_l1_affine_eq_12 -0.04624743387103081 n1_l1_affine_eq_13 -0.23753991723060608
    x_21 n1_l1_affine_eq_14 -0.3458649814128876 n1_l1_affine_eq_15 -0.19403383135795593
    x_21 n1_l1_affine_eq_16 -0.21922536194324493 n1_l1_affine_eq_17 0.28693887591362
    x_21 n1_l1_affine_eq_18 -0.14915506541728973 n1_l1_affine_eq_19 0.0040630558505654335
    x_21 n1_l1_affine_eq_20 0.11216331273317337 n1_l1_affine_eq_21 0.0028199569787830114
    x_21 n1_l1_affine_eq_22 0.24286502599716187 n1_l1_affine_eq_23 -0.1318470984697342
    x_21 n1_l1_affine_eq_24 0.49835699796676636 n1_l1_affine_eq_25 0.12362643331289291
    x_21 n1_l1_affine_eq_26 0.1063167154788971 n1_l1_affine_eq_27 -0.25591906905174255
    x_21 n1_l1_affine_eq_28 0.08171828091144562 n1_l1_affine_eq_29 0.15476343035697937
    x_21 n1_l1_affine_eq_30 0.04331132397055626 n1_l1_affine_eq_31 -0.0661848932504654
    x_21 n1_l1_affine_eq_32 -0.10191932320594788 n1_l1_affine_eq_33 -0.03532783314585686
    x_21 n1_l1_affine_eq_34 0.040569644421339035 n1_l1_affine_eq_35 0.05477862060070038
    x_21 n1_l1_affine_eq_36 -0.14511625468730927 n1_l1_affine_eq_37 0.060418568551540375
    x_21 n1_l1_affine_eq_38 -0.2298343926668167 n1_l1_affine_eq_39 -0.004465721547603607
    x_21 n1_l1_affine_eq_40 0.13158506155014038 n1_l1_affine_eq_41 0.6898694038391113
    x_21 n1_l1_affine_eq_42 0.1130656823515892 n1_l1_affine_eq_43 -0.278291255235672
    x_21 n1_l1_affine_eq_44 0.16439174115657806 n1_l1_affine_eq_45 0.0938025712966919
    x_21 n1_l1_affine_eq_46 -0.1355816125869751 n1_l1_affine_eq_47 0.009540906175971031
    x_21 n1_l1_affine_eq_48 -0.08049299567937851 n1_l1_affine_eq_49 0.0401860773563385
    x_21 n1_l1_affine_eq_50 -0.05454835668206215 n1_l1_affine_eq_51 -0.0256013385951519
    x_21 n1_l1_affine_eq_52 0.0621166005730629 n1_l1_affine_eq_53 0.2698063552379608
    x_21 n1_l1_affine_eq_54 0.4376276731491089 n1_l1_affine_eq_55 0.3355661928653717
    x_21 n1_l1_affine_eq_56 -0.23630426824092865 n1_l1_affine_eq_57 -0.29611513018608093
    x_21 n1_l1_affine_eq_58 -0.07357395440340042 n1_l1_affine_eq_59 0.04828410595655441
    x_21 n1_l1_affine_eq_60 0.11977839469909668 n1_l1_affine_eq_61 -0.2475873976945877
    x_21 n1_l1_affine_eq_62 0.13218136131763458 n1_l1_affine_eq_63 -0.2710989713668823
    x_21 n1_l1_affine_eq_64 -0.19540178775787354 n1_l1_affine_eq_65 0.187607079744339
    x_21 n1_l1_affine_eq_66 -0.06878233700990677 n1_l1_affine_eq_67 -0.0397660918533802
    x_21 n1_l1_affine_eq_68 -0.335477352142334 n1_l1_affine_eq_69 0.19680720567703247
    x_21 n1_l1_affine_eq_70 0.14100205898284912 n1_l1_affine_eq_71 0.1942906677722931
    x_21 n1_l1_affine_eq_72 0.15156316757202148 n1_l1_affine_eq_73 0.029081735759973526
    x_21 n1_l1_affine_eq_74 -0.323802649974823 n1_l1_affine_eq_75 -0.4010204076766968
    x_21 n1_l1_affine_eq_76 0.05642576515674591 n1_l1_affine_eq_77 -0.23159414529800415
    x_21 n1_l1_affine_eq_78 -0.11072827875614166 n1_l1_affine_eq_79 0.637203574180603
    x_21 n1_l1_affine_eq_80 -0.007609509397298098 n1_l1_affine_eq_81 -0.1360713392496109
    x_21 n1_l1_affine_eq_82 -0.032829418778419495 n1_l1_affine_eq_83 0.5056642889976501
    x_21 n1_l1_affine_eq_84 0.15786123275756836 n1_l1_affine_eq_85 0.1649162471294403
    x_21 n1_l1_affine_eq_86 -0.10552036762237549 n1_l1_affine_eq_87 -0.15506519377231598
    x_21 n1_l1_affine_eq_88 0.06509609520435333 n1_l1_affine_eq_89 0.07291857898235321
    x_21 n1_l1_affine_eq_90 -0.2547042667865753 n1_l1_affine_eq_91 -0.11145196110010147
    x_21 n1_l1_affine_eq_92 -0.18912683427333832 n1_l1_affine_eq_93 0.042054712772369385
    x_21 n1_l1_affine_eq_94 0.1482771635055542 n1_l1_affine_eq_95 0.06958500295877457
    x_21 n1_l1_affine_eq_96 0.05180905759334564 n1_l1_affine_eq_97 -0.21295911073684692
    x_21 n1_l1_affine_eq_98 0.17458176612854004 n1_l1_affine_eq_99 0.09619753062725067
    x_21 n2_l1_affine_eq_0 0.5158272385597229 n2_l1_affine_eq_1 0.35900741815567017
    x_21 n2_l1_affine_eq_2 0.7304714322090149 n2_l1_affine_eq_3 -0.303840309381485
    x_21 n2_l1_affine_eq_4 0.06574315577745438 n2_l1_affine_eq_5 -0.9561885595321655
    x_21 n2_l1_affine_eq_6 0.9555662274360657 n2_l1_affine_eq_7 0.12822659313678741
    x_21 n2_l1_affine_eq_8 0.2541215717792511 n2_l1_affine_eq_9 0.10491026937961578
    x_21 n2_l1_affine_eq_10 -0.08118516206741333 n2_l1_affine_eq_11 0.5479288697242737
    x_21 n2_l1_affine_eq_12 -0.1317576915025711 n2_l1_affine_eq_13 0.11686276644468307
    x_21 n2_l1_affine_eq_14 0.2892909049987793 n2_l1_affine_eq_15 -0.5474743843078613
    x_21 n2_l1_affine_eq_16 0.7367106676101685 n2_l1_affine_eq_17 -0.11678959429264069
    x_21 n2_l1_affine_eq_18 0.7290593981742859 n2_l1_affine_eq_19 -0.39794477820396423
    x_21 n2_l1_affine_eq_20 -0.07247668504714966 n2_l1_affine_eq_21 0.0102702546864748
    x_21 n2_l1_affine_eq_22 -0.4315076172351837 n2_l1_affine_eq_23 -0.7111237049102783
    x_21 n2_l1_affine_eq_24 -0.28089815378189087 n2_l1_affine_eq_25 0.14813299477100372
    x_21 n2_l1_affine_eq_26 0.10489729791879654 n2_l1_affine_eq_27 -0.01989012397825718
    x_21 n2_l1_affine_eq_28 -0.1862582415342331 n2_l1_affine_eq_29 -1.1292521953582764
    x_21 n2_l1_affine_eq_30 0.15909487009048462 n2_l1_affine_eq_31 -0.39866888523101807
    x_21 n2_l1_affine_eq_32 -0.4861333668231964 n2_l1_affine_eq_33 -0.13431937992572784
    x_21 n2_l1_affine_eq_34 0.23160475492477417 n2_l1_affine_eq_35 -0.9786439538002014
    x_21 n2_l1_affine_eq_36 -0.7271883487701416 n2_l1_affine_eq_37 -0.11084548383951187
    x_21 n2_l1_affine_eq_38 0.14951306581497192 n2_l1_affine_eq_39 -0.22975173592567444
    x_22 n1_l1_affine_eq_0 0.13923124969005585 n1_l1_affine_eq_1 -0.05556895211338997
    x_22 n1_l1_affine_eq_2 0.02743290364742279 n1_l1_affine_eq_3 -0.013056685216724873
    x_22 n1_l1_affine_eq_4 -0.0458555594086647 n1_l1_affine_eq_5 -0.30410635471343994
    x_22 n1_l1_affine_eq_6 0.022507192566990852 n1_l1_affine_eq_7 -0.1744164675474167
    x_22 n1_l1_affine_eq_8 -0.15551531314849854 n1_l1_affine_eq_9 -0.23655574023723602
    x_22 n1_l1_affine_eq_10 -0.18797652423381805 n1_l1_affine_eq_11 0.14541654288768768
    x_22 n1_l1_affine_eq_12 -0.06461452692747116 n1_l1_affine_eq_13 -0.048741232603788376
    x_22 n1_l1_affine_eq_14 -0.11729861795902252 n1_l1_affine_eq_15 -0.20469975471496582
    x_22 n1_l1_affine_eq_16 -0.014469862915575504 n1_l1_affine_eq_17 0.2144167423248291
    x_22 n1_l1_affine_eq_18 0.005491895135492086 n1_l1_affine_eq_19 0.096146360039711
    x_22 n1_l1_affine_eq_20 -0.08169802278280258 n1_l1_affine_eq_21 0.17399485409259796
    x_22 n1_l1_affine_eq_22 0.07680311053991318 n1_l1_affine_eq_23 -0.07996869832277298
    x_22 n1_l1_affine_eq_24 0.2879028618335724 n1_l1_affine_eq_25 0.11288851499557495
    x_22 n1_l1_affine_eq_26 -0.1498400866985321 n1_l1_affine_eq_27 -0.3112735450267792
    x_22 n1_l1_affine_eq_28 0.11126576364040375 n1_l1_affine_eq_29 0.12917914986610413
    x_22 n1_l1_affine_eq_30 -0.1445218324661255 n1_l1_affine_eq_31 0.14144986867904663
    x_22 n1_l1_affine_eq_32 0.03274700045585632 n1_l1_affine_eq_33 0.02532518468797207
    x_22 n1_l1_affine_eq_34 0.23140963912010193 n1_l1_affine_eq_35 -0.0756104364991188
    x_22 n1_l1_affine_eq_36 -0.2328624278306961 n1_l1_affine_eq_37 -0.08077800273895264
    x_22 n1_l1_affine_eq_38 0.3142518401145935 n1_l1_affine_eq_39 -0.005458897911012173
    x_22 n1_l1_affine_eq_40 0.2863692045211792 n1_l1_affine_eq_41 0.6397638916969299
    x_22 n1_l1_affine_eq_42 0.017409544438123703 n1_l1_affine_eq_43 -0.07832712680101395
    x_22 n1_l1_affine_eq_44 0.03471465781331062 n1_l1_affine_eq_45 0.06491217017173767
    x_22 n1_l1_affine_eq_46 -0.057210467755794525 n1_l1_affine_eq_47 -0.2540595829486847
    x_22 n1_l1_affine_eq_48 -0.1422887146472931 n1_l1_affine_eq_49 -0.2140931338071823
    x_22 n1_l1_affine_eq_50 -0.31911954283714294 n1_l1_affine_eq_51 0.25673824548721313
    x_22 n1_l1_affine_eq_52 0.1854003518819809 n1_l1_affine_eq_53 1.1020026206970215
    x_22 n1_l1_affine_eq_54 -0.004942562431097031 n1_l1_affine_eq_55 -0.019292622804641724
    x_22 n1_l1_affine_eq_56 0.11877384036779404 n1_l1_affine_eq_57 -0.09249311685562134
    x_22 n1_l1_affine_eq_58 -0.047836173325777054 n1_l1_affine_eq_59 0.09451448917388916
    x_22 n1_l1_affine_eq_60 0.005128717515617609 n1_l1_affine_eq_61 0.29779332876205444
    x_22 n1_l1_affine_eq_62 0.6380829215049744 n1_l1_affine_eq_63 0.39837121963500977
    x_22 n1_l1_affine_eq_64 0.17223171889781952 n1_l1_affine_eq_65 -0.13449135422706604
    x_22 n1_l1_affine_eq_66 0.08852465450763702 n1_l1_affine_eq_67 -0.2569258213043213
    x_22 n1_l1_affine_eq_68 0.36048218607902527 n1_l1_affine_eq_69 -0.03777899965643883
    x_22 n1_l1_affine_eq_70 0.06646835058927536 n1_l1_affine_eq_71 0.14125321805477142
    x_22 n1_l1_affine_eq_72 0.2869304120540619 n1_l1_affine_eq_73 0.08717178553342819
    x_22 n1_l1_affine_eq_74 0.46035489439964294 n1_l1_affine_eq_75 -0.37820208072662354
    x_22 n1_l1_affine_eq_76 -0.15753230452537537 n1_l1_affine_eq_77 0.24390850961208344
    x_22 n1_l1_affine_eq_78 -0.051623404026031494 n1_l1_affine_eq_79 0.9297434091567993
    x_22 n1_l1_affine_eq_80 0.5008002519607544 n1_l1_affine_eq_81 0.01659148558974266
    x_22 n1_l1_affine_eq_82 0.043050605803728104 n1_l1_affine_eq_83 0.4433985650539398
    x_22 n1_l1_affine_eq_84 0.07692555338144302 n1_l1_affine_eq_85 0.2418760508298874
    x_22 n1_l1_affine_eq_86 -0.149196594953537 n1_l1_affine_eq_87 -0.0982317328453064
    x_22 n1_l1_affine_eq_88 0.10891153663396835 n1_l1_affine_eq_89 0.10256987065076828
    x_22 n1_l1_affine_eq_90 -0.16949890553951263 n1_l1_affine_eq_91 0.020461391657590866
    x_22 n1_l1_affine_eq_92 -0.1714692860841751 n1_l1_affine_eq_93 -0.2208390086889267
    x_22 n1_l1_affine_eq_94 0.2425096184015274 n1_l1_affine_eq_95 -0.04515118524432182
    x_22 n1_l1_affine_eq_96 -0.10830461978912354 n1_l1_affine_eq_97 -0.21742303669452667
    x_22 n1_l1_affine_eq_98 0.05650712177157402 n1_l1_affine_eq_99 -0.024039825424551964
    x_22 n2_l1_affine_eq_0 0.18769444525241852 n2_l1_affine_eq_1 0.5662438273429871
    x_22 n2_l1_affine_eq_2 0.2396615892648697 n2_l1_affine_eq_3 -0.29895851016044617
    x_22 n2_l1_affine_eq_4 -0.22059591114521027 n2_l1_affine_eq_5 -0.966377317905426
    x_22 n2_l1_affine_eq_6 0.8978328704833984 n2_l1_affine_eq_7 -0.07993198931217194
    x_22 n2_l1_affine_eq_8 -0.36610934138298035 n2_l1_affine_eq_9 -0.17735490202903748
    x_22 n2_l1_affine_eq_10 -0.28713011741638184 n2_l1_affine_eq_11 -0.3626405894756317
    x_22 n2_l1_affine_eq_12 -0.5376428961753845 n2_l1_affine_eq_13 0.5941649079322815
    x_22 n2_l1_affine_eq_14 -0.0550692044198513 n2_l1_affine_eq_15 0.045621953904628754
    x_22 n2_l1_affine_eq_16 0.709297776222229 n2_l1_affine_eq_17 -0.07377143204212189
    x_22 n2_l1_affine_eq_18 1.8706940412521362 n2_l1_affine_eq_19 0.4827062785625458
    x_22 n2_l1_affine_eq_20 -0.037691812962293625 n2_l1_affine_eq_21 -0.17080490291118622
    x_22 n2_l1_affine_eq_22 -0.2714933454990387 n2_l1_affine_eq_23 -0.6721510291099548
    x_22 n2_l1_affine_eq_24 -0.01801111549139023 n2_l1_affine_eq_25 0.12599167227745056
    x_22 n2_l1_affine_eq_26 -0.42019933462142944 n2_l1_affine_eq_27 0.4905737340450287
    x_22 n2_l1_affine_eq_28 0.2798387110233307 n2_l1_affine_eq_29 -0.712688684463501
    x_22 n2_l1_affine_eq_30 0.7499822378158569 n2_l1_affine_eq_31 -0.11034674197435379
    x_22 n2_l1_affine_eq_32 0.058405376970767975 n2_l1_affine_eq_33 -0.22358949482440948
    x_22 n2_l1_affine_eq_34 0.476345032453537 n2_l1_affine_eq_35 0.06363988667726517
    x_22 n2_l1_affine_eq_36 -0.06865299493074417 n2_l1_affine_eq_37 0.06678281724452972
    x_22 n2_l1_affine_eq_38 -0.32609328627586365 n2_l1_affine_eq_39 -0.04408442974090576
    x_23 n1_l1_affine_eq_0 0.28639036417007446 n1_l1_affine_eq_1 0.1867988407611847
    x_23 n1_l1_affine_eq_2 -0.07811426371335983 n1_l1_affine_eq_3 0.02533985674381256
    x_23 n1_l1_affine_eq_4 0.06864999979734421 n1_l1_affine_eq_5 -0.013153818435966969
    x_23 n1_l1_affine_eq_6 -0.09208706766366959 n1_l1_affine_eq_7 0.3709293007850647
    x_23 n1_l1_affine_eq_8 -0.020921872928738594 n1_l1_affine_eq_9 -0.21559761464595795
    x_23 n1_l1_affine_eq_10 -0.4220357835292816 n1_l1_affine_eq_11 0.5129477977752686
    x_23 n1_l1_affine_eq_12 0.5714922547340393 n1_l1_affine_eq_13 -0.2621440291404724
    x_23 n1_l1_affine_eq_14 -0.017667444422841072 n1_l1_affine_eq_15 -0.001200697966851294
    x_23 n1_l1_affine_eq_16 -0.3175462782382965 n1_l1_affine_eq_17 0.5175978541374207
    x_23 n1_l1_affine_eq_18 -0.19040563702583313 n1_l1_affine_eq_19 -0.2723252475261688
    x_23 n1_l1_affine_eq_20 0.17363055050373077 n1_l1_affine_eq_21 -0.011248861439526081
    x_23 n1_l1_affine_eq_22 -0.035921208560466766 n1_l1_affine_eq_23 0.14497822523117065
    x_23 n1_l1_affine_eq_24 0.2555747926235199 n1_l1_affine_eq_25 -0.2567528784275055
    x_23 n1_l1_affine_eq_26 0.04430907219648361 n1_l1_affine_eq_27 0.17842406034469604
    x_23 n1_l1_affine_eq_28 -0.24676010012626648 n1_l1_affine_eq_29 0.09427447617053986
    x_23 n1_l1_affine_eq_30 -0.03735027462244034 n1_l1_affine_eq_31 -0.30553004145622253
    x_23 n1_l1_affine_eq_32 0.13132523000240326 n1_l1_affine_eq_33 0.04216860979795456
    x_23 n1_l1_affine_eq_34 0.1570887565612793 n1_l1_affine_eq_35 -0.09894520044326782
    x_23 n1_l1_affine_eq_36 -0.0917423740029335 n1_l1_affine_eq_37 -0.3546164333820343
    x_23 n1_l1_affine_eq_38 0.2180246263742447 n1_l1_affine_eq_39 0.08393432199954987
    x_23 n1_l1_affine_eq_40 -0.03500944748520851 n1_l1_affine_eq_41 0.22348365187644958
    x_23 n1_l1_affine_eq_42 -0.024808431044220924 n1_l1_affine_eq_43 -0.16287052631378174
    x_23 n1_l1_affine_eq_44 -0.19348135590553284 n1_l1_affine_eq_45 -0.00427541509270668
    x_23 n1_l1_affine_eq_46 0.10072232782840729 n1_l1_affine_eq_47 0.44668278098106384
    x_23 n1_l1_affine_eq_48 0.005594402551651001 n1_l1_affine_eq_49 -0.11006543040275574
    x_23 n1_l1_affine_eq_50 -0.4237155616283417 n1_l1_affine_eq_51 0.3079283833503723
    x_23 n1_l1_affine_eq_52 0.41994959115982056 n1_l1_affine_eq_53 -0.03955303132534027
    x_23 n1_l1_affine_eq_54 -0.278589129447937 n1_l1_affine_eq_55 0.18456211686134338
    x_23 n1_l1_affine_eq_56 -0.0850362777709961 n1_l1_affine_eq_57 0.25505948066711426
    x_23 n1_l1_affine_eq_58 -0.13814902305603027 n1_l1_affine_eq_59 -0.05084073543548584
    x_23 n1_l1_affine_eq_60 0.4821385145187378 n1_l1_affine_eq_61 -0.11955703794956207
    x_23 n1_l1_affine_eq_62 0.004588716197758913 n1_l1_affine_eq_63 0.3089480996131897
    x_23 n1_l1_affine_eq_64 0.8870185017585754 n1_l1_affine_eq_65 -0.43149399757385254
    x_23 n1_l1_affine_eq_66 0.23275889456272125 n1_l1_affine_eq_67 -0.051046933978796005
    x_23 n1_l1_affine_eq_68 0.3293899595737457 n1_l1_affine_eq_69 0.18204639852046967
    x_23 n1_l1_affine_eq_70 0.27343064546585083 n1_l1_affine_eq_71 -0.2901248633861542
    x_23 n1_l1_affine_eq_72 0.07974058389663696 n1_l1_affine_eq_73 0.3794568181037903
    x_23 n1_l1_affine_eq_74 0.6093196868896484 n1_l1_affine_eq_75 -0.3921147882938385
    x_23 n1_l1_affine_eq_76 -0.15295757353305817 n1_l1_affine_eq_77 0.24425271153450012
    x_23 n1_l1_affine_eq_78 0.22525417804718018 n1_l1_affine_eq_79 0.3473612666130066
    x_23 n1_l1_affine_eq_80 0.6674616932868958 n1_l1_affine_eq_81 0.07484529167413712
    x_23 n1_l1_affine_eq_82 -0.15289470553398132 n1_l1_affine_eq_83 0.5430902242660522
    x_23 n1_l1_affine_eq_84 -0.13137385249137878 n1_l1_affine_eq_85 -0.37650004029273987
    x_23 n1_l1_affine_eq_86 -0.20908242464065552 n1_l1_affine_eq_87 -0.39889949560165405
    x_23 n1_l1_affine_eq_88 0.6958431005477905 n1_l1_affine_eq_89 0.1499248892068863
    x_23 n1_l1_affine_eq_90 -0.09860465675592422 n1_l1_affine_eq_91 0.037273552268743515
    x_23 n1_l1_affine_eq_92 0.27552422881126404 n1_l1_affine_eq_93 -0.18702319264411926
    x_23 n1_l1_affine_eq_94 -0.1319832056760788 n1_l1_affine_eq_95 -0.05640115588903427
    x_23 n1_l1_affine_eq_96 0.7261032462120056 n1_l1_affine_eq_97 -0.11631875485181808
    x_23 n1_l1_affine_eq_98 -0.0023248963989317417 n1_l1_affine_eq_99 -0.17839089035987854
    x_23 n2_l1_affine_eq_0 0.36555910110473633 n2_l1_affine_eq_1 0.8706720471382141
    x_23 n2_l1_affine_eq_2 0.6211978793144226 n2_l1_affine_eq_3 -0.854560375213623
    x_23 n2_l1_affine_eq_4 -0.06623969972133636 n2_l1_affine_eq_5 -0.5873832702636719
    x_23 n2_l1_affine_eq_6 1.043334722518921 n2_l1_affine_eq_7 -0.16716715693473816
    x_23 n2_l1_affine_eq_8 -0.9629597067832947 n2_l1_affine_eq_9 -0.7924371361732483
    x_23 n2_l1_affine_eq_10 -0.6470046639442444 n2_l1_affine_eq_11 0.04032784327864647
    x_23 n2_l1_affine_eq_12 0.4790993332862854 n2_l1_affine_eq_13 -0.06448539346456528
    x_23 n2_l1_affine_eq_14 -0.3291136622428894 n2_l1_affine_eq_15 0.9129679203033447
    x_23 n2_l1_affine_eq_16 1.624828577041626 n2_l1_affine_eq_17 -0.3719398081302643
    x_23 n2_l1_affine_eq_18 0.587720513343811 n2_l1_affine_eq_19 -0.690219521522522
    x_23 n2_l1_affine_eq_20 0.13021288812160492 n2_l1_affine_eq_21 -0.6518295407295227
    x_23 n2_l1_affine_eq_22 0.2705979645252228 n2_l1_affine_eq_23 -0.3695264756679535
    x_23 n2_l1_affine_eq_24 -0.547257125377655 n2_l1_affine_eq_25 -0.14789769053459167
    x_23 n2_l1_affine_eq_26 -1.3060890436172485 n2_l1_affine_eq_27 0.4840444028377533
    x_23 n2_l1_affine_eq_28 0.503966748714447 n2_l1_affine_eq_29 0.6282384395599365
    x_23 n2_l1_affine_eq_30 0.2827112078666687 n2_l1_affine_eq_31 0.40993115305900574
    x_23 n2_l1_affine_eq_32 0.04929562285542488 n2_l1_affine_eq_33 0.04500671848654747
    x_23 n2_l1_affine_eq_34 0.575372040271759 n2_l1_affine_eq_35 1.9669233560562134
    x_23 n2_l1_affine_eq_36 0.06319539994001389 n2_l1_affine_eq_37 0.7226915955543518
    x_23 n2_l1_affine_eq_38 0.02153846062719822 n2_l1_affine_eq_39 -0.3907996416091919
    x_24 n1_l1_affine_eq_0 -0.09792453795671463 n1_l1_affine_eq_1 0.5294325947761536
    x_24 n1_l1_affine_eq_2 0.15578055381774902 n1_l1_affine_eq_3 0.04673079028725624
    x_24 n1_l1_affine_eq_4 0.007507553789764643 n1_l1_affine_eq_5 0.3148268163204193
    x_24 n1_l1_affine_eq_6 -0.07697504758834839 n1_l1_affine_eq_7 0.13170471787452698
    x_24 n1_l1_affine_eq_8 -0.028315627947449684 n1_l1_affine_eq_9 0.02623775042593479
    x_24 n1_l1_affine_eq_10 -0.2524429261684418 n1_l1_affine_eq_11 0.031281400471925735
    x_24 n1_l1_affine_eq_12 -0.11597120016813278 n1_l1_affine_eq_13 -0.07174555957317352
    x_24 n1_l1_affine_eq_14 0.14476031064987183 n1_l1_affine_eq_15 0.047287557274103165
    x_24 n1_l1_affine_eq_16 0.0537610687315464 n1_l1_affine_eq_17 0.14462682604789734
    x_24 n1_l1_affine_eq_18 -0.14817216992378235 n1_l1_affine_eq_19 0.38586294651031494
    x_24 n1_l1_affine_eq_20 -0.09580891579389572 n1_l1_affine_eq_21 -0.2405133992433548
    x_24 n1_l1_affine_eq_22 0.11971598863601685 n1_l1_affine_eq_23 -0.04024061933159828
    x_24 n1_l1_affine_eq_24 0.11936777085065842 n1_l1_affine_eq_25 0.35848575830459595
    x_24 n1_l1_affine_eq_26 0.23209570348262787 n1_l1_affine_eq_27 0.19009436666965485
    x_24 n1_l1_affine_eq_28 -0.3732781708240509 n1_l1_affine_eq_29 0.44301891326904297
    x_24 n1_l1_affine_eq_30 -0.14770439267158508 n1_l1_affine_eq_31 0.026858612895011902
    x_24 n1_l1_affine_eq_32 -0.05383715778589249 n1_l1_affine_eq_33 -0.10211041569709778
    x_24 n1_l1_affine_eq_34 0.36078545451164246 n1_l1_affine_eq_35 -0.3245774209499359
    x_24 n1_l1_affine_eq_36 -0.1700059026479721 n1_l1_affine_eq_37 -0.1258215755224228
    x_24 n1_l1_affine_eq_38 -0.13137589395046234 n1_l1_affine_eq_39 0.2455018013715744
    x_24 n1_l1_affine_eq_40 0.12191316485404968 n1_l1_affine_eq_41 0.09344620257616043
    x_24 n1_l1_affine_eq_42 -0.1492282897233963 n1_l1_affine_eq_43 0.11873993277549744
    x_24 n1_l1_affine_eq_44 -0.13309797644615173 n1_l1_affine_eq_45 -0.26120781898498535
    x_24 n1_l1_affine_eq_46 -0.47111621499061584 n1_l1_affine_eq_47 -0.16091108322143555
    x_24 n1_l1_affine_eq_48 -0.15693022310733795 n1_l1_affine_eq_49 -0.38724425435066223
    x_24 n1_l1_affine_eq_50 -0.3806946277618408 n1_l1_affine_eq_51 0.4061468541622162
    x_24 n1_l1_affine_eq_52 -0.10821302235126495 n1_l1_affine_eq_53 -0.10247663408517838
    x_24 n1_l1_affine_eq_54 -0.005324315745383501 n1_l1_affine_eq_55 -0.09758763760328293
    x_24 n1_l1_affine_eq_56 -0.04146953672170639 n1_l1_affine_eq_57 -0.06626910716295242
    x_24 n1_l1_affine_eq_58 -0.21380715072155 n1_l1_affine_eq_59 0.054844826459884644
    x_24 n1_l1_affine_eq_60 -0.072727732360363 n1_l1_affine_eq_61 0.07329388707876205
    x_24 n1_l1_affine_eq_62 0.38084396719932556 n1_l1_affine_eq_63 -0.05138063430786133
    x_24 n1_l1_affine_eq_64 0.2672596573829651 n1_l1_affine_eq_65 -0.1600193828344345
    x_24 n1_l1_affine_eq_66 -0.387726753950119 n1_l1_affine_eq_67 0.26027312874794006
    x_24 n1_l1_affine_eq_68 -0.16152086853981018 n1_l1_affine_eq_69 0.03157537057995796
    x_24 n1_l1_affine_eq_70 -0.10785490274429321 n1_l1_affine_eq_71 -0.3568257987499237
    x_24 n1_l1_affine_eq_72 0.05021902918815613 n1_l1_affine_eq_73 0.3109062910079956
    x_24 n1_l1_affine_eq_74 -0.03223508968949318 n1_l1_affine_eq_75 -0.41996270418167114
    x_24 n1_l1_affine_eq_76 -0.0105433389544487 n1_l1_affine_eq_77 0.12654125690460205
    x_24 n1_l1_affine_eq_78 -0.11482381820678711 n1_l1_affine_eq_79 -0.17174172401428223
    x_24 n1_l1_affine_eq_80 0.24282076954841614 n1_l1_affine_eq_81 -0.1063867062330246
    x_24 n1_l1_affine_eq_82 0.29053831100463867 n1_l1_affine_eq_83 0.1387488842010498
    x_24 n1_l1_affine_eq_84 -0.11395619809627533 n1_l1_affine_eq_85 -0.1673274040222168
    x_24 n1_l1_affine_eq_86 -0.09225244075059891 n1_l1_affine_eq_87 -0.3411661684513092
    x_24 n1_l1_affine_eq_88 -0.0845814049243927 n1_l1_affine_eq_89 -0.33488717675209045
    x_24 n1_l1_affine_eq_90 0.1236279085278511 n1_l1_affine_eq_91 0.17993251979351044
    x_24 n1_l1_affine_eq_92 0.2606568932533264 n1_l1_affine_eq_93 0.14241908490657806
    x_24 n1_l1_affine_eq_94 -0.00205256137996912 n1_l1_affine_eq_95 0.007341431919485331
    x_24 n1_l1_affine_eq_96 0.3506651222705841 n1_l1_affine_eq_97 0.04603644832968712
    x_24 n1_l1_affine_eq_98 -0.009613122791051865 n1_l1_affine_eq_99 -0.010498622432351112
    x_24 n2_l1_affine_eq_0 1.6685473918914795 n2_l1_affine_eq_1 0.708831250667572
    x_24 n2_l1_affine_eq_2 0.730953574180603 n2_l1_affine_eq_3 0.061530523002147675
    x_24 n2_l1_affine_eq_4 1.7879083156585693 n2_l1_affine_eq_5 -0.4524681568145752
    x_24 n2_l1_affine_eq_6 0.5393069386482239 n2_l1_affine_eq_7 -0.09279480576515198
    x_24 n2_l1_affine_eq_8 -1.3365877866744995 n2_l1_affine_eq_9 -0.4351732134819031
    x_24 n2_l1_affine_eq_10 0.3144913911819458 n2_l1_affine_eq_11 -0.40021559596061707
    x_24 n2_l1_affine_eq_12 -0.6973605751991272 n2_l1_affine_eq_13 0.4822034537792206
    x_24 n2_l1_affine_eq_14 -0.5221047401428223 n2_l1_affine_eq_15 0.6089876294136047
    x_24 n2_l1_affine_eq_16 1.8979541063308716 n2_l1_affine_eq_17 1.8648860454559326
    x_24 n2_l1_affine_eq_18 -0.5479625463485718 n2_l1_affine_eq_19 0.1582261323928833
    x_24 n2_l1_affine_eq_20 0.4585222005844116 n2_l1_affine_eq_21 0.1891230344772339
    x_24 n2_l1_affine_eq_22 0.3670472800731659 n2_l1_affine_eq_23 0.1077839583158493
    x_24 n2_l1_affine_eq_24 -0.7839170694351196 n2_l1_affine_eq_25 0.188715398311615
    x_24 n2_l1_affine_eq_26 0.5101533532142639 n2_l1_affine_eq_27 -0.48540225625038147
    x_24 n2_l1_affine_eq_28 -0.0006893689278513193 n2_l1_affine_eq_29 0.7695915699005127
    x_24 n2_l1_affine_eq_30 0.046107903122901917 n2_l1_affine_eq_31 0.29758378863334656
    x_24 n2_l1_affine_eq_32 0.15358710289001465 n2_l1_affine_eq_33 -0.3708347976207733
    x_24 n2_l1_affine_eq_34 1.025177001953125 n2_l1_affine_eq_35 -0.16666272282600403
    x_24 n2_l1_affine_eq_36 0.5383945107460022 n2_l1_affine_eq_37 1.700127363204956
    x_24 n2_l1_affine_eq_38 -0.36993932723999023 n2_l1_affine_eq_39 1.297459363937378
    x_25 n1_l1_affine_eq_0 0.35043981671333313 n1_l1_affine_eq_1 0.3409806787967682
    x_25 n1_l1_affine_eq_2 0.18596133589744568 n1_l1_affine_eq_3 -0.1042466014623642
    x_25 n1_l1_affine_eq_4 -0.2659900188446045 n1_l1_affine_eq_5 0.04294531047344208
    x_25 n1_l1_affine_eq_6 -0.013605327345430851 n1_l1_affine_eq_7 0.10966669768095016
    x_25 n1_l1_affine_eq_8 0.16573797166347504 n1_l1_affine_eq_9 -0.03510688990354538
    x_25 n1_l1_affine_eq_10 -0.18788842856884003 n1_l1_affine_eq_11 0.06291581690311432
    x_25 n1_l1_affine_eq_12 0.05129849538207054 n1_l1_affine_eq_13 -0.04411831498146057
    x_25 n1_l1_affine_eq_14 0.013141002506017685 n1_l1_affine_eq_15 0.3970808982849121
    x_25 n1_l1_affine_eq_16 0.07840768992900848 n1_l1_affine_eq_17 0.049789126962423325
    x_25 n1_l1_affine_eq_18 -0.24526847898960114 n1_l1_affine_eq_19 0.15120770037174225
    x_25 n1_l1_affine_eq_20 0.05530286207795143 n1_l1_affine_eq_21 -0.2290256768465042
    x_25 n1_l1_affine_eq_22 0.3835698068141937 n1_l1_affine_eq_23 -0.4810715615749359
    x_25 n1_l1_affine_eq_24 -0.04450830817222595 n1_l1_affine_eq_25 0.5371294021606445
    x_25 n1_l1_affine_eq_26 0.15106257796287537 n1_l1_affine_eq_27 -0.2544647455215454
    x_25 n1_l1_affine_eq_28 0.11820915341377258 n1_l1_affine_eq_29 -0.06445818394422531
    x_25 n1_l1_affine_eq_30 -0.12144933640956879 n1_l1_affine_eq_31 -0.09013886749744415
    x_25 n1_l1_affine_eq_32 0.2507462501525879 n1_l1_affine_eq_33 -0.3831838071346283
    x_25 n1_l1_affine_eq_34 0.2968630790710449 n1_l1_affine_eq_35 0.093119777739048
    x_25 n1_l1_affine_eq_36 0.025558853521943092 n1_l1_affine_eq_37 0.022559812292456627
    x_25 n1_l1_affine_eq_38 0.0711580365896225 n1_l1_affine_eq_39 -0.08662710338830948
    x_25 n1_l1_affine_eq_40 0.030591079965233803 n1_l1_affine_eq_41 0.12190505862236023
    x_25 n1_l1_affine_eq_42 -0.19447967410087585 n1_l1_affine_eq_43 0.036308370530605316
    x_25 n1_l1_affine_eq_44 -0.15144844353199005 n1_l1_affine_eq_45 -0.13081178069114685
    x_25 n1_l1_affine_eq_46 -0.3774574398994446 n1_l1_affine_eq_47 0.014742258936166763
    x_25 n1_l1_affine_eq_48 -0.28480997681617737 n1_l1_affine_eq_49 -0.02593369036912918
    x_25 n1_l1_affine_eq_50 0.1519746035337448 n1_l1_affine_eq_51 0.7868324518203735
    x_25 n1_l1_affine_eq_52 -0.22648008167743683 n1_l1_affine_eq_53 0.28238871693611145
    x_25 n1_l1_affine_eq_54 0.11023285984992981 n1_l1_affine_eq_55 -0.09132722020149231
    x_25 n1_l1_affine_eq_56 0.2849859595298767 n1_l1_affine_eq_57 0.24123600125312805
    x_25 n1_l1_affine_eq_58 -0.12406329065561295 n1_l1_affine_eq_59 -0.09665840864181519
    x_25 n1_l1_affine_eq_60 -0.12076454609632492 n1_l1_affine_eq_61 0.0660397931933403
    x_25 n1_l1_affine_eq_62 -0.012172600254416466 n1_l1_affine_eq_63 -0.11237853020429611
    x_25 n1_l1_affine_eq_64 0.23261262476444244 n1_l1_affine_eq_65 0.6202806234359741
    x_25 n1_l1_affine_eq_66 -0.11702413111925125 n1_l1_affine_eq_67 0.18731635808944702
    x_25 n1_l1_affine_eq_68 0.05480514466762543 n1_l1_affine_eq_69 0.025112435221672058
    x_25 n1_l1_affine_eq_70 0.2006545215845108 n1_l1_affine_eq_71 0.0834151953458786
    x_25 n1_l1_affine_eq_72 -0.2396853268146515 n1_l1_affine_eq_73 0.12305691093206406
    x_25 n1_l1_affine_eq_74 0.2803596556186676 n1_l1_affine_eq_75 0.11364717781543732
    x_25 n1_l1_affine_eq_76 0.6722490787506104 n1_l1_affine_eq_77 -0.15547767281532288
    x_25 n1_l1_affine_eq_78 0.13236568868160248 n1_l1_affine_eq_79 -0.22290481626987457
    x_25 n1_l1_affine_eq_80 -0.12736907601356506 n1_l1_affine_eq_81 0.29822638630867004
    x_25 n1_l1_affine_eq_82 0.12399102002382278 n1_l1_affine_eq_83 -0.04536594823002815
    x_25 n1_l1_affine_eq_84 0.12962858378887177 n1_l1_affine_eq_85 -0.2277955263853073
    x_25 n1_l1_affine_eq_86 0.0013336783740669489 n1_l1_affine_eq_87 0.018669698387384415
    x_25 n1_l1_affine_eq_88 0.1967831552028656 n1_l1_affine_eq_89 0.008589421398937702
    x_25 n1_l1_affine_eq_90 -0.00746956979855895 n1_l1_affine_eq_91 0.3184185028076172
    x_25 n1_l1_affine_eq_92 0.27348607778549194 n1_l1_affine_eq_93 0.2862072288990021
    x_25 n1_l1_affine_eq_94 -0.3296341001987457 n1_l1_affine_eq_95 -0.015357363037765026
    x_25 n1_l1_affine_eq_96 0.32503119111061096 n1_l1_affine_eq_97 0.3132867217063904
    x_25 n1_l1_affine_eq_98 0.09949836134910583 n1_l1_affine_eq_99 -0.07378608733415604
    x_25 n2_l1_affine_eq_0 1.7463202476501465 n2_l1_affine_eq_1 -0.3707287311553955
    x_25 n2_l1_affine_eq_2 0.49025508761405945 n2_l1_affine_eq_3 0.20689640939235687
    x_25 n2_l1_affine_eq_4 0.41494545340538025 n2_l1_affine_eq_5 -0.20696395635604858
    x_25 n2_l1_affine_eq_6 -0.2044026106595993 n2_l1_affine_eq_7 -0.030069658532738686
    x_25 n2_l1_affine_eq_8 0.008508882485330105 n2_l1_affine_eq_9 0.014524589292705059
    x_25 n2_l1_affine_eq_10 -0.8331567645072937 n2_l1_affine_eq_11 0.09445758908987045
    x_25 n2_l1_affine_eq_12 -0.0246871467679739 n2_l1_affine_eq_13 -0.5059155225753784
    x_25 n2_l1_affine_eq_14 1.381466031074524 n2_l1_affine_eq_15 0.6914744973182678
    x_25 n2_l1_affine_eq_16 0.1348077952861786 n2_l1_affine_eq_17 0.3518562614917755
    x_25 n2_l1_affine_eq_18 -0.1923813670873642 n2_l1_affine_eq_19 -0.03675568848848343
    x_25 n2_l1_affine_eq_20 -0.4225730299949646 n2_l1_affine_eq_21 0.4232785105705261
    x_25 n2_l1_affine_eq_22 0.4157424569129944 n2_l1_affine_eq_23 0.32032033801078796
    x_25 n2_l1_affine_eq_24 -0.29009512066841125 n2_l1_affine_eq_25 0.14323090016841888
    x_25 n2_l1_affine_eq_26 -0.613936722278595 n2_l1_affine_eq_27 0.25027504563331604
    x_25 n2_l1_affine_eq_28 -0.3029887080192566 n2_l1_affine_eq_29 0.4418840706348419
    x_25 n2_l1_affine_eq_30 0.30579715967178345 n2_l1_affine_eq_31 -0.08506739884614944
    x_25 n2_l1_affine_eq_32 0.2737639248371124 n2_l1_affine_eq_33 -0.04906327277421951
    x_25 n2_l1_affine_eq_34 0.5857003927230835 n2_l1_affine_eq_35 -0.40659838914871216
    x_25 n2_l1_affine_eq_36 0.21653203666210175 n2_l1_affine_eq_37 2.3544132709503174
    x_25 n2_l1_affine_eq_38 0.8193511366844177 n2_l1_affine_eq_39 0.4850901663303375
    x_26 n1_l1_affine_eq_0 0.17675483226776123 n1_l1_affine_eq_1 0.42847296595573425
    x_26 n1_l1_affine_eq_2 0.28667452931404114 n1_l1_affine_eq_3 -0.015846319496631622
    x_26 n1_l1_affine_eq_4 -0.0005685189389623702 n1_l1_affine_eq_5 -0.05841424688696861
    x_26 n1_l1_affine_eq_6 -0.12941186130046844 n1_l1_affine_eq_7 0.13864940404891968
    x_26 n1_l1_affine_eq_8 0.08851230144500732 n1_l1_affine_eq_9 -0.07531905174255371
    x_26 n1_l1_affine_eq_10 0.06881700456142426 n1_l1_affine_eq_11 -0.0038158835377544165
    x_26 n1_l1_affine_eq_12 0.3795275390148163 n1_l1_affine_eq_13 0.08940476924180984
    x_26 n1_l1_affine_eq_14 -0.03966325521469116 n1_l1_affine_eq_15 0.39122673869132996
    x_26 n1_l1_affine_eq_16 0.22074121236801147 n1_l1_affine_eq_17 0.42448025941848755
    x_26 n1_l1_affine_eq_18 0.08160700649023056 n1_l1_affine_eq_19 0.41029641032218933
    x_26 n1_l1_affine_eq_20 -0.026639284566044807 n1_l1_affine_eq_21 -0.4437074661254883
    x_26 n1_l1_affine_eq_22 -0.05096883326768875 n1_l1_affine_eq_23 -0.20740154385566711
    x_26 n1_l1_affine_eq_24 0.07923836261034012 n1_l1_affine_eq_25 0.14974087476730347
    x_26 n1_l1_affine_eq_26 -0.27487948536872864 n1_l1_affine_eq_27 0.03494030982255936
    x_26 n1_l1_affine_eq_28 -0.09972521662712097 n1_l1_affine_eq_29 -0.21518206596374512
    x_26 n1_l1_affine_eq_30 -0.08445971459150314 n1_l1_affine_eq_31 0.17532041668891907
    x_26 n1_l1_affine_eq_32 0.25662761926651 n1_l1_affine_eq_33 -0.07608859986066818
    x_26 n1_l1_affine_eq_34 -0.32785505056381226 n1_l1_affine_eq_35 -0.22261948883533478
    x_26 n1_l1_affine_eq_36 -0.001643951516598463 n1_l1_affine_eq_37 0.17991898953914642
    x_26 n1_l1_affine_eq_38 -0.08263180404901505 n1_l1_affine_eq_39 0.22507436573505402
    x_26 n1_l1_affine_eq_40 -0.0733601376414299 n1_l1_affine_eq_41 0.06070807948708534
    x_26 n1_l1_affine_eq_42 0.14591528475284576 n1_l1_affine_eq_43 0.09230297058820724
    x_26 n1_l1_affine_eq_44 -0.3157466948032379 n1_l1_affine_eq_45 0.011799461208283901
    x_26 n1_l1_affine_eq_46 0.8457627892494202 n1_l1_affine_eq_47 0.16348598897457123
    x_26 n1_l1_affine_eq_48 -0.15697091817855835 n1_l1_affine_eq_49 0.49566543102264404
    x_26 n1_l1_affine_eq_50 -0.24587149918079376 n1_l1_affine_eq_51 0.5678447484970093
    x_26 n1_l1_affine_eq_52 -0.2599624991416931 n1_l1_affine_eq_53 0.07923559099435806
    x_26 n1_l1_affine_eq_54 -0.05797557532787323 n1_l1_affine_eq_55 0.8266967535018921
    x_26 n1_l1_affine_eq_56 -0.23742714524269104 n1_l1_affine_eq_57 -0.16321082413196564
    x_26 n1_l1_affine_eq_58 0.08898525685071945 n1_l1_affine_eq_59 -0.056211236864328384
    x_26 n1_l1_affine_eq_60 -0.08878431469202042 n1_l1_affine_eq_61 -0.08741426467895508
    x_26 n1_l1_affine_eq_62 -0.09962306171655655 n1_l1_affine_eq_63 -0.32016506791114807
    x_26 n1_l1_affine_eq_64 0.08992165327072144 n1_l1_affine_eq_65 -0.06335987150669098
    x_26 n1_l1_affine_eq_66 -0.26211780309677124 n1_l1_affine_eq_67 0.34539365768432617
    x_26 n1_l1_affine_eq_68 0.0073045408353209496 n1_l1_affine_eq_69 0.16876742243766785
    x_26 n1_l1_affine_eq_70 0.09395907819271088 n1_l1_affine_eq_71 -0.19342438876628876
    x_26 n1_l1_affine_eq_72 -0.28455641865730286 n1_l1_affine_eq_73 -0.16315242648124695
    x_26 n1_l1_affine_eq_74 0.26526588201522827 n1_l1_affine_eq_75 0.035729747265577316
    x_26 n1_l1_affine_eq_76 0.08888016641139984 n1_l1_affine_eq_77 0.13415445387363434
    x_26 n1_l1_affine_eq_78 0.23387210071086884 n1_l1_affine_eq_79 0.1918591558933258
    x_26 n1_l1_affine_eq_80 0.03304605931043625 n1_l1_affine_eq_81 -0.07485014945268631
    x_26 n1_l1_affine_eq_82 0.036797743290662766 n1_l1_affine_eq_83 -0.230789914727211
    x_26 n1_l1_affine_eq_84 -0.5359313488006592 n1_l1_affine_eq_85 -0.2347191870212555
    x_26 n1_l1_affine_eq_86 -0.03387704864144325 n1_l1_affine_eq_87 -0.07334361970424652
    x_26 n1_l1_affine_eq_88 0.17125633358955383 n1_l1_affine_eq_89 0.07718778401613235
    x_26 n1_l1_affine_eq_90 -0.008828599937260151 n1_l1_affine_eq_91 0.1137007623910904
    x_26 n1_l1_affine_eq_92 0.07222471386194229 n1_l1_affine_eq_93 -0.03568388149142265
    x_26 n1_l1_affine_eq_94 -0.03063216619193554 n1_l1_affine_eq_95 0.010531830601394176
    x_26 n1_l1_affine_eq_96 0.038307033479213715 n1_l1_affine_eq_97 0.03668748214840889
    x_26 n1_l1_affine_eq_98 -0.0401952750980854 n1_l1_affine_eq_99 0.15046606957912445
    x_26 n2_l1_affine_eq_0 -0.1624707281589508 n2_l1_affine_eq_1 0.2105511575937271
    x_26 n2_l1_affine_eq_2 0.7581995725631714 n2_l1_affine_eq_3 -0.2415054887533188
    x_26 n2_l1_affine_eq_4 -0.6622126698493958 n2_l1_affine_eq_5 -0.11805977672338486
    x_26 n2_l1_affine_eq_6 -0.18144142627716064 n2_l1_affine_eq_7 0.6414358019828796
    x_26 n2_l1_affine_eq_8 0.37713944911956787 n2_l1_affine_eq_9 -0.9585251212120056
    x_26 n2_l1_affine_eq_10 -0.1725701242685318 n2_l1_affine_eq_11 -0.27311909198760986
    x_26 n2_l1_affine_eq_12 0.966305673122406 n2_l1_affine_eq_13 -0.6220780611038208
    x_26 n2_l1_affine_eq_14 0.6778278946876526 n2_l1_affine_eq_15 0.38111358880996704
    x_26 n2_l1_affine_eq_16 -0.17885172367095947 n2_l1_affine_eq_17 -0.09993797540664673
    x_26 n2_l1_affine_eq_18 0.19181281328201294 n2_l1_affine_eq_19 -0.07069794833660126
    x_26 n2_l1_affine_eq_20 0.03439291939139366 n2_l1_affine_eq_21 0.5614396333694458
    x_26 n2_l1_affine_eq_22 -0.5150810480117798 n2_l1_affine_eq_23 0.11556829512119293
    x_26 n2_l1_affine_eq_24 0.2014346718788147 n2_l1_affine_eq_25 0.1316494643688202
    x_26 n2_l1_affine_eq_26 -0.13242362439632416 n2_l1_affine_eq_27 -0.5559040904045105
    x_26 n2_l1_affine_eq_28 0.1012406200170517 n2_l1_affine_eq_29 0.14184993505477905
    x_26 n2_l1_affine_eq_30 0.5604549646377563 n2_l1_affine_eq_31 -0.3164137303829193
    x_26 n2_l1_affine_eq_32 0.2868381142616272 n2_l1_affine_eq_33 -0.45712438225746155
    x_26 n2_l1_affine_eq_34 0.20693916082382202 n2_l1_affine_eq_35 -0.06611581891775131
    x_26 n2_l1_affine_eq_36 -0.09199144691228867 n2_l1_affine_eq_37 1.650882601737976
    x_26 n2_l1_affine_eq_38 0.1657014638185501 n2_l1_affine_eq_39 0.6496289968490601
    x_27 n1_l1_affine_eq_0 -0.10527501255273819 n1_l1_affine_eq_1 0.5857400894165039
    x_27 n1_l1_affine_eq_2 -0.028405938297510147 n1_l1_affine_eq_3 -0.13137532770633698
    x_27 n1_l1_affine_eq_4 0.05297670140862465 n1_l1_affine_eq_5 0.26081383228302
    x_27 n1_l1_affine_eq_6 0.034926991909742355 n1_l1_affine_eq_7 0.037212878465652466
    x_27 n1_l1_affine_eq_8 0.11092790216207504 n1_l1_affine_eq_9 -0.06247955188155174
    x_27 n1_l1_affine_eq_10 0.006909539923071861 n1_l1_affine_eq_11 0.03867290914058685
    x_27 n1_l1_affine_eq_12 -0.017314482480287552 n1_l1_affine_eq_13 -0.2231121063232422
    x_27 n1_l1_affine_eq_14 -0.09761377424001694 n1_l1_affine_eq_15 0.3599024713039398
    x_27 n1_l1_affine_eq_16 -0.1074332520365715 n1_l1_affine_eq_17 -0.16264617443084717
    x_27 n1_l1_affine_eq_18 0.23177120089530945 n1_l1_affine_eq_19 -0.012936203740537167
    x_27 n1_l1_affine_eq_20 -0.1571359783411026 n1_l1_affine_eq_21 -0.028964035212993622
    x_27 n1_l1_affine_eq_22 -0.07728850841522217 n1_l1_affine_eq_23 0.20141687989234924
    x_27 n1_l1_affine_eq_24 0.16160495579242706 n1_l1_affine_eq_25 -0.27997100353240967
    x_27 n1_l1_affine_eq_26 0.09222888201475143 n1_l1_affine_eq_27 0.15373747050762177
    x_27 n1_l1_affine_eq_28 0.07721208781003952 n1_l1_affine_eq_29 0.10526753216981888
    x_27 n1_l1_affine_eq_30 -0.3755415976047516 n1_l1_affine_eq_31 -0.24013881385326385
    x_27 n1_l1_affine_eq_32 0.18197982013225555 n1_l1_affine_eq_33 -0.11352508515119553
    x_27 n1_l1_affine_eq_34 0.05921474099159241 n1_l1_affine_eq_35 -0.0663907378911972
    x_27 n1_l1_affine_eq_36 0.07649749517440796 n1_l1_affine_eq_37 0.21431010961532593
    x_27 n1_l1_affine_eq_38 0.2026776224374771 n1_l1_affine_eq_39 0.33921271562576294
    x_27 n1_l1_affine_eq_40 -0.1811636984348297 n1_l1_affine_eq_41 0.2088710069656372
    x_27 n1_l1_affine_eq_42 0.09730732440948486 n1_l1_affine_eq_43 -0.07143948972225189
    x_27 n1_l1_affine_eq_44 0.2608398497104645 n1_l1_affine_eq_45 0.1362847536802292
    x_27 n1_l1_affine_eq_46 0.26007574796676636 n1_l1_affine_eq_47 -0.1536339521408081
    x_27 n1_l1_affine_eq_48 0.33333325386047363 n1_l1_affine_eq_49 0.06670690327882767
    x_27 n1_l1_affine_eq_50 0.029775172472000122 n1_l1_affine_eq_51 0.33858388662338257
    x_27 n1_l1_affine_eq_52 0.19883516430854797 n1_l1_affine_eq_53 -0.2565731406211853
    x_27 n1_l1_affine_eq_54 -0.32370659708976746 n1_l1_affine_eq_55 -0.02235308289527893
    x_27 n1_l1_affine_eq_56 -0.01447262428700924 n1_l1_affine_eq_57 0.22882388532161713
    x_27 n1_l1_affine_eq_58 0.2990124523639679 n1_l1_affine_eq_59 0.12475509941577911
    x_27 n1_l1_affine_eq_60 0.42581409215927124 n1_l1_affine_eq_61 0.06458720564842224
    x_27 n1_l1_affine_eq_62 -0.13542607426643372 n1_l1_affine_eq_63 -0.12424169480800629
    x_27 n1_l1_affine_eq_64 0.3326472342014313 n1_l1_affine_eq_65 -0.3988465964794159
    x_27 n1_l1_affine_eq_66 0.3906283676624298 n1_l1_affine_eq_67 0.19222234189510345
    x_27 n1_l1_affine_eq_68 0.06889559328556061 n1_l1_affine_eq_69 -0.1587817221879959
    x_27 n1_l1_affine_eq_70 0.13603311777114868 n1_l1_affine_eq_71 0.01805044151842594
    x_27 n1_l1_affine_eq_72 -0.021064158529043198 n1_l1_affine_eq_73 0.6471291184425354
    x_27 n1_l1_affine_eq_74 0.0414179228246212 n1_l1_affine_eq_75 0.03055477701127529
    x_27 n1_l1_affine_eq_76 -0.39139482378959656 n1_l1_affine_eq_77 -0.04865643382072449
    x_27 n1_l1_affine_eq_78 0.43876466155052185 n1_l1_affine_eq_79 0.044480204582214355
    x_27 n1_l1_affine_eq_80 0.13476771116256714 n1_l1_affine_eq_81 -0.20071129500865936
    x_27 n1_l1_affine_eq_82 0.24710313975811005 n1_l1_affine_eq_83 -0.11689016968011856
    x_27 n1_l1_affine_eq_84 0.09202363342046738 n1_l1_affine_eq_85 0.314397394657135
    x_27 n1_l1_affine_eq_86 -0.04062795266509056 n1_l1_affine_eq_87 0.16269800066947937
    x_27 n1_l1_affine_eq_88 0.15549826622009277 n1_l1_affine_eq_89 0.3661451041698456
    x_27 n1_l1_affine_eq_90 0.26519250869750977 n1_l1_affine_eq_91 0.03264274820685387
    x_27 n1_l1_affine_eq_92 0.18020744621753693 n1_l1_affine_eq_93 0.033357053995132446
    x_27 n1_l1_affine_eq_94 0.14413131773471832 n1_l1_affine_eq_95 0.03698126971721649
    x_27 n1_l1_affine_eq_96 0.12144950777292252 n1_l1_affine_eq_97 -0.06557223945856094
    x_27 n1_l1_affine_eq_98 0.09749305993318558 n1_l1_affine_eq_99 0.08777493238449097
    x_27 n2_l1_affine_eq_0 0.02135034091770649 n2_l1_affine_eq_1 0.7963513731956482
    x_27 n2_l1_affine_eq_2 -0.10003047436475754 n2_l1_affine_eq_3 -0.12164297699928284
    x_27 n2_l1_affine_eq_4 -0.050752904266119 n2_l1_affine_eq_5 0.22746826708316803
    x_27 n2_l1_affine_eq_6 -0.1961115449666977 n2_l1_affine_eq_7 0.8547800183296204
    x_27 n2_l1_affine_eq_8 -0.05714825540781021 n2_l1_affine_eq_9 -0.3840784728527069
    x_27 n2_l1_affine_eq_10 0.7710812091827393 n2_l1_affine_eq_11 -0.16904859244823456
    x_27 n2_l1_affine_eq_12 0.7346410155296326 n2_l1_affine_eq_13 -0.13865520060062408
    x_27 n2_l1_affine_eq_14 -0.3809015154838562 n2_l1_affine_eq_15 0.5944055914878845
    x_27 n2_l1_affine_eq_16 0.3578808903694153 n2_l1_affine_eq_17 -0.47877663373947144
    x_27 n2_l1_affine_eq_18 -0.36118224263191223 n2_l1_affine_eq_19 0.4864756464958191
    x_27 n2_l1_affine_eq_20 0.09077760577201843 n2_l1_affine_eq_21 -0.12149754911661148
    x_27 n2_l1_affine_eq_22 0.4332982897758484 n2_l1_affine_eq_23 0.17880305647850037
    x_27 n2_l1_affine_eq_24 0.11150816082954407 n2_l1_affine_eq_25 -0.17949719727039337
    x_27 n2_l1_affine_eq_26 -0.04295411705970764 n2_l1_affine_eq_27 -0.2755293846130371
    x_27 n2_l1_affine_eq_28 0.258355975151062 n2_l1_affine_eq_29 0.32172736525535583
    x_27 n2_l1_affine_eq_30 0.9364848136901855 n2_l1_affine_eq_31 0.3543805480003357
    x_27 n2_l1_affine_eq_32 -0.19125624001026154 n2_l1_affine_eq_33 1.0125828981399536
    x_27 n2_l1_affine_eq_34 0.0689752846956253 n2_l1_affine_eq_35 0.2708549499511719
    x_27 n2_l1_affine_eq_36 0.2327287346124649 n2_l1_affine_eq_37 1.1618343591690063
    x_27 n2_l1_affine_eq_38 -0.44356584548950195 n2_l1_affine_eq_39 -0.6905506253242493
    x_28 n1_l1_affine_eq_0 -0.006903854664415121 n1_l1_affine_eq_1 -0.1407608687877655
    x_28 n1_l1_affine_eq_2 0.2698899507522583 n1_l1_affine_eq_3 0.17966647446155548
    x_28 n1_l1_affine_eq_4 0.046109043061733246 n1_l1_affine_eq_5 0.09930099546909332
    x_28 n1_l1_affine_eq_6 0.08861757814884186 n1_l1_affine_eq_7 -0.06581811606884003
    x_28 n1_l1_affine_eq_8 0.09079929441213608 n1_l1_affine_eq_9 -0.3026460111141205
    x_28 n1_l1_affine_eq_10 0.11940411478281021 n1_l1_affine_eq_11 0.2321084588766098
    x_28 n1_l1_affine_eq_12 0.10819502174854279 n1_l1_affine_eq_13 0.3560613989830017
    x_28 n1_l1_affine_eq_14 0.2604060471057892 n1_l1_affine_eq_15 -0.17132946848869324
    x_28 n1_l1_affine_eq_16 -0.14762303233146667 n1_l1_affine_eq_17 -0.04881894215941429
    x_28 n1_l1_affine_eq_18 0.05456605553627014 n1_l1_affine_eq_19 0.06546828150749207
    x_28 n1_l1_affine_eq_20 0.14932288229465485 n1_l1_affine_eq_21 0.04532703012228012
    x_28 n1_l1_affine_eq_22 0.2458970993757248 n1_l1_affine_eq_23 0.10599703341722488
    x_28 n1_l1_affine_eq_24 -0.02945946343243122 n1_l1_affine_eq_25 -0.06241970136761665
    x_28 n1_l1_affine_eq_26 0.16514639556407928 n1_l1_affine_eq_27 0.4650174081325531
    x_28 n1_l1_affine_eq_28 0.11347152292728424 n1_l1_affine_eq_29 0.14556261897087097
    x_28 n1_l1_affine_eq_30 -0.020648809149861336 n1_l1_affine_eq_31 -0.2786462604999542
    x_28 n1_l1_affine_eq_32 0.2546817362308502 n1_l1_affine_eq_33 -0.25477373600006104
    x_28 n1_l1_affine_eq_34 0.12231672555208206 n1_l1_affine_eq_35 -0.19225981831550598
    x_28 n1_l1_affine_eq_36 0.11168798804283142 n1_l1_affine_eq_37 -0.05554275959730148
    x_28 n1_l1_affine_eq_38 -0.4168868362903595 n1_l1_affine_eq_39 0.03795331344008446
    x_28 n1_l1_affine_eq_40 -0.06769399344921112 n1_l1_affine_eq_41 0.10511790961027145
    x_28 n1_l1_affine_eq_42 0.20564979314804077 n1_l1_affine_eq_43 0.2354985773563385
    x_28 n1_l1_affine_eq_44 -0.12368558347225189 n1_l1_affine_eq_45 -0.07061975449323654
    x_28 n1_l1_affine_eq_46 -0.34728437662124634 n1_l1_affine_eq_47 -0.2775861620903015
    x_28 n1_l1_affine_eq_48 -0.10956256091594696 n1_l1_affine_eq_49 -0.20015352964401245
    x_28 n1_l1_affine_eq_50 0.07690606266260147 n1_l1_affine_eq_51 0.06835328042507172
    x_28 n1_l1_affine_eq_52 -0.016370046883821487 n1_l1_affine_eq_53 -0.2012835144996643
    x_28 n1_l1_affine_eq_54 0.1819753497838974 n1_l1_affine_eq_55 -0.10012299567461014
    x_28 n1_l1_affine_eq_56 -0.2050969898700714 n1_l1_affine_eq_57 0.1367008090019226
    x_28 n1_l1_affine_eq_58 -0.03705403953790665 n1_l1_affine_eq_59 0.07733125239610672
    x_28 n1_l1_affine_eq_60 -0.06763254851102829 n1_l1_affine_eq_61 -0.3210400342941284
    x_28 n1_l1_affine_eq_62 -0.13877663016319275 n1_l1_affine_eq_63 -0.1467050462961197
    x_28 n1_l1_affine_eq_64 -0.1318155825138092 n1_l1_affine_eq_65 0.10861667990684509
    x_28 n1_l1_affine_eq_66 0.34158939123153687 n1_l1_affine_eq_67 -0.2820102572441101
    x_28 n1_l1_affine_eq_68 -0.24982601404190063 n1_l1_affine_eq_69 -0.07498001307249069
    x_28 n1_l1_affine_eq_70 0.048592135310173035 n1_l1_affine_eq_71 0.004769202787429094
    x_28 n1_l1_affine_eq_72 -0.1765647530555725 n1_l1_affine_eq_73 -0.21823939681053162
    x_28 n1_l1_affine_eq_74 0.205779030919075 n1_l1_affine_eq_75 0.18835000693798065
    x_28 n1_l1_affine_eq_76 0.08340136706829071 n1_l1_affine_eq_77 -0.18589013814926147
    x_28 n1_l1_affine_eq_78 0.1681862771511078 n1_l1_affine_eq_79 -0.14490683376789093
    x_28 n1_l1_affine_eq_80 0.14451828598976135 n1_l1_affine_eq_81 0.058876510709524155
    x_28 n1_l1_affine_eq_82 0.19473707675933838 n1_l1_affine_eq_83 -0.0601859986782074
    x_28 n1_l1_affine_eq_84 0.15246987342834473 n1_l1_affine_eq_85 0.1905926913022995
    x_28 n1_l1_affine_eq_86 0.09666944295167923 n1_l1_affine_eq_87 0.09521333128213882
    x_28 n1_l1_affine_eq_88 0.004706522915512323 n1_l1_affine_eq_89 -0.10941402614116669
    x_28 n1_l1_affine_eq_90 -0.14089013636112213 n1_l1_affine_eq_91 -0.1586318016052246
    x_28 n1_l1_affine_eq_92 0.22050639986991882 n1_l1_affine_eq_93 0.28211545944213867
    x_28 n1_l1_affine_eq_94 0.26613304018974304 n1_l1_affine_eq_95 0.1708884835243225
    x_28 n1_l1_affine_eq_96 0.16857647895812988 n1_l1_affine_eq_97 0.026258667930960655
    x_28 n1_l1_affine_eq_98 0.0696873813867569 n1_l1_affine_eq_99 0.3147445321083069
    x_28 n2_l1_affine_eq_0 0.26084864139556885 n2_l1_affine_eq_1 -0.7608450651168823
    x_28 n2_l1_affine_eq_2 -0.22857707738876343 n2_l1_affine_eq_3 0.0701431930065155
    x_28 n2_l1_affine_eq_4 0.13556215167045593 n2_l1_affine_eq_5 0.7661552429199219
    x_28 n2_l1_affine_eq_6 0.32201945781707764 n2_l1_affine_eq_7 0.21559344232082367
    x_28 n2_l1_affine_eq_8 -0.8473477363586426 n2_l1_affine_eq_9 0.19333922863006592
    x_28 n2_l1_affine_eq_10 -0.019678059965372086 n2_l1_affine_eq_11 0.04122094064950943
    x_28 n2_l1_affine_eq_12 0.4227277934551239 n2_l1_affine_eq_13 0.2234974056482315
    x_28 n2_l1_affine_eq_14 -0.45947471261024475 n2_l1_affine_eq_15 0.12003462761640549
    x_28 n2_l1_affine_eq_16 0.010594506748020649 n2_l1_affine_eq_17 0.022699933499097824
    x_28 n2_l1_affine_eq_18 -0.2676539421081543 n2_l1_affine_eq_19 0.05568544566631317
    x_28 n2_l1_affine_eq_20 -0.20236653089523315 n2_l1_affine_eq_21 0.27410662174224854
    x_28 n2_l1_affine_eq_22 -0.6020929217338562 n2_l1_affine_eq_23 0.6047647595405579
    x_28 n2_l1_affine_eq_24 -0.4061996638774872 n2_l1_affine_eq_25 0.0053161391988396645
    x_28 n2_l1_affine_eq_26 -0.041642967611551285 n2_l1_affine_eq_27 -0.03241909295320511
    x_28 n2_l1_affine_eq_28 -0.16338346898555756 n2_l1_affine_eq_29 0.3735657036304474
    x_28 n2_l1_affine_eq_30 0.09225805103778839 n2_l1_affine_eq_31 -0.2978242337703705
    x_28 n2_l1_affine_eq_32 -0.8918942213058472 n2_l1_affine_eq_33 0.29633769392967224
    x_28 n2_l1_affine_eq_34 0.32363632321357727 n2_l1_affine_eq_35 -0.37223947048187256
    x_28 n2_l1_affine_eq_36 -0.41083669662475586 n2_l1_affine_eq_37 -0.1270492970943451
    x_28 n2_l1_affine_eq_38 -0.2666056752204895 n2_l1_affine_eq_39 0.2441772222518921
    x_29 n1_l1_affine_eq_0 0.10493221133947372 n1_l1_affine_eq_1 0.34051308035850525
    x_29 n1_l1_affine_eq_2 0.08305757492780685 n1_l1_affine_eq_3 0.03278522938489914
    x_29 n1_l1_affine_eq_4 -0.06101839989423752 n1_l1_affine_eq_5 0.30025172233581543
    x_29 n1_l1_affine_eq_6 0.15180987119674683 n1_l1_affine_eq_7 -0.3328653573989868
    x_29 n1_l1_affine_eq_8 -0.045886918902397156 n1_l1_affine_eq_9 0.01885332353413105
    x_29 n1_l1_affine_eq_10 -0.062396638095378876 n1_l1_affine_eq_11 0.048572562634944916
    x_29 n1_l1_affine_eq_12 -0.318025141954422 n1_l1_affine_eq_13 0.4098104238510132
    x_29 n1_l1_affine_eq_14 0.16451174020767212 n1_l1_affine_eq_15 -0.22348052263259888
    x_29 n1_l1_affine_eq_16 -0.04011499881744385 n1_l1_affine_eq_17 -0.047157175838947296
    x_29 n1_l1_affine_eq_18 -0.039503611624240875 n1_l1_affine_eq_19 0.4502972364425659
    x_29 n1_l1_affine_eq_20 -0.3505468964576721 n1_l1_affine_eq_21 -0.14451564848423004
    x_29 n1_l1_affine_eq_22 -0.014461329206824303 n1_l1_affine_eq_23 -0.06629189103841782
    x_29 n1_l1_affine_eq_24 -0.06873958557844162 n1_l1_affine_eq_25 0.10305105149745941
    x_29 n1_l1_affine_eq_26 0.07309025526046753 n1_l1_affine_eq_27 -0.22350424528121948
    x_29 n1_l1_affine_eq_28 0.0005231393733993173 n1_l1_affine_eq_29 -0.2459404468536377
    x_29 n1_l1_affine_eq_30 -0.08211909979581833 n1_l1_affine_eq_31 -0.13261672854423523
    x_29 n1_l1_affine_eq_32 -0.14427433907985687 n1_l1_affine_eq_33 -0.05023500695824623
    x_29 n1_l1_affine_eq_34 -0.2975568473339081 n1_l1_affine_eq_35 -0.19415056705474854
    x_29 n1_l1_affine_eq_36 0.190742626786232 n1_l1_affine_eq_37 0.06589880585670471
    x_29 n1_l1_affine_eq_38 0.1250600516796112 n1_l1_affine_eq_39 -0.12338005006313324
    x_29 n1_l1_affine_eq_40 -0.2630279064178467 n1_l1_affine_eq_41 0.18564391136169434
    x_29 n1_l1_affine_eq_42 -0.19689615070819855 n1_l1_affine_eq_43 -0.044514287263154984
    x_29 n1_l1_affine_eq_44 0.011929294094443321 n1_l1_affine_eq_45 0.14103727042675018
    x_29 n1_l1_affine_eq_46 0.1290358304977417 n1_l1_affine_eq_47 -0.19463960826396942
    x_29 n1_l1_affine_eq_48 0.17665308713912964 n1_l1_affine_eq_49 -0.03783388063311577
    x_29 n1_l1_affine_eq_50 -0.09256305545568466 n1_l1_affine_eq_51 0.18459607660770416
    x_29 n1_l1_affine_eq_52 -0.03898508846759796 n1_l1_affine_eq_53 0.5176984071731567
    x_29 n1_l1_affine_eq_54 0.18162338435649872 n1_l1_affine_eq_55 0.5158085823059082
    x_29 n1_l1_affine_eq_56 0.17933623492717743 n1_l1_affine_eq_57 -0.22971633076667786
    x_29 n1_l1_affine_eq_58 -0.15128211677074432 n1_l1_affine_eq_59 -0.020244523882865906
    x_29 n1_l1_affine_eq_60 -0.09386087208986282 n1_l1_affine_eq_61 0.20828783512115479
    x_29 n1_l1_affine_eq_62 -0.1275864690542221 n1_l1_affine_eq_63 0.1263503134250641
    x_29 n1_l1_affine_eq_64 -0.29830554127693176 n1_l1_affine_eq_65 0.09536279737949371
    x_29 n1_l1_affine_eq_66 0.0017991827335208654 n1_l1_affine_eq_67 -0.026231100782752037
    x_29 n1_l1_affine_eq_68 0.03173612430691719 n1_l1_affine_eq_69 0.04795577749609947
    x_29 n1_l1_affine_eq_70 0.08954887837171555 n1_l1_affine_eq_71 -0.14352825284004211
    x_29 n1_l1_affine_eq_72 0.15007616579532623 n1_l1_affine_eq_73 -0.13389533758163452
    x_29 n1_l1_affine_eq_74 -0.27723485231399536 n1_l1_affine_eq_75 0.5459251403808594
    x_29 n1_l1_affine_eq_76 0.16520273685455322 n1_l1_affine_eq_77 -0.07852257788181305
    x_29 n1_l1_affine_eq_78 -0.0000779990223236382 n1_l1_affine_eq_79 -0.35775670409202576
    x_29 n1_l1_affine_eq_80 -0.0805494487285614 n1_l1_affine_eq_81 -0.19464604556560516
    x_29 n1_l1_affine_eq_82 0.22231154143810272 n1_l1_affine_eq_83 -0.02563108503818512
    x_29 n1_l1_affine_eq_84 -0.05354034900665283 n1_l1_affine_eq_85 -0.00852642860263586
    x_29 n1_l1_affine_eq_86 -0.03884493559598923 n1_l1_affine_eq_87 0.1298733353614807
    x_29 n1_l1_affine_eq_88 0.15936286747455597 n1_l1_affine_eq_89 -0.2814519703388214
    x_29 n1_l1_affine_eq_90 -0.21166789531707764 n1_l1_affine_eq_91 0.08284147828817368
    x_29 n1_l1_affine_eq_92 0.06435875594615936 n1_l1_affine_eq_93 0.2931542694568634
    x_29 n1_l1_affine_eq_94 0.017242852598428726 n1_l1_affine_eq_95 0.26975828409194946
    x_29 n1_l1_affine_eq_96 -0.05425628647208214 n1_l1_affine_eq_97 -0.2471514344215393
    x_29 n1_l1_affine_eq_98 -0.07164104282855988 n1_l1_affine_eq_99 -0.12794822454452515
    x_29 n2_l1_affine_eq_0 0.4512134790420532 n2_l1_affine_eq_1 -0.38465216755867004
    x_29 n2_l1_affine_eq_2 0.3922819197177887 n2_l1_affine_eq_3 -0.3268299996852875
    x_29 n2_l1_affine_eq_4 0.0063398899510502815 n2_l1_affine_eq_5 0.9313493371009827
    x_29 n2_l1_affine_eq_6 0.059858597815036774 n2_l1_affine_eq_7 -0.1256939023733139
    x_29 n2_l1_affine_eq_8 -0.057221200317144394 n2_l1_affine_eq_9 0.3372335433959961
    x_29 n2_l1_affine_eq_10 -0.10947185754776001 n2_l1_affine_eq_11 0.15698686242103577
    x_29 n2_l1_affine_eq_12 0.1739758402109146 n2_l1_affine_eq_13 -0.12769615650177002
    x_29 n2_l1_affine_eq_14 0.6413255333900452 n2_l1_affine_eq_15 -0.046708349138498306
    x_29 n2_l1_affine_eq_16 -0.5702131986618042 n2_l1_affine_eq_17 0.34120142459869385
    x_29 n2_l1_affine_eq_18 0.2609674036502838 n2_l1_affine_eq_19 -0.18975162506103516
    x_29 n2_l1_affine_eq_20 -0.10880438983440399 n2_l1_affine_eq_21 0.7451903223991394
    x_29 n2_l1_affine_eq_22 0.044129543006420135 n2_l1_affine_eq_23 -0.1180272176861763
    x_29 n2_l1_affine_eq_24 -0.17266276478767395 n2_l1_affine_eq_25 -0.05299462378025055
    x_29 n2_l1_affine_eq_26 0.20716753602027893 n2_l1_affine_eq_27 0.2681780159473419
    x_29 n2_l1_affine_eq_28 0.1350293606519699 n2_l1_affine_eq_29 -0.10758084058761597
    x_29 n2_l1_affine_eq_30 -0.12231091409921646 n2_l1_affine_eq_31 0.2954923212528229
    x_29 n2_l1_affine_eq_32 0.06945458054542542 n2_l1_affine_eq_33 0.34875625371932983
    x_29 n2_l1_affine_eq_34 0.15692251920700073 n2_l1_affine_eq_35 -0.6947160363197327
    x_29 n2_l1_affine_eq_36 0.08104430884122849 n2_l1_affine_eq_37 0.2642413377761841
    x_29 n2_l1_affine_eq_38 0.028683556243777275 n2_l1_affine_eq_39 -0.5515313148498535
    x_30 n1_l1_affine_eq_0 0.24840813875198364 n1_l1_affine_eq_1 0.1806412786245346
    x_30 n1_l1_affine_eq_2 0.5537225604057312 n1_l1_affine_eq_3 0.04822210222482681
    x_30 n1_l1_affine_eq_4 0.04581175744533539 n1_l1_affine_eq_5 -0.26457691192626953
    x_30 n1_l1_affine_eq_6 0.022632109001278877 n1_l1_affine_eq_7 -0.2292788177728653
    x_30 n1_l1_affine_eq_8 0.22873255610466003 n1_l1_affine_eq_9 0.001147961476817727
    x_30 n1_l1_affine_eq_10 -0.045743294060230255 n1_l1_affine_eq_11 0.18046313524246216
    x_30 n1_l1_affine_eq_12 0.08388964086771011 n1_l1_affine_eq_13 -0.24073448777198792
    x_30 n1_l1_affine_eq_14 -0.13656654953956604 n1_l1_affine_eq_15 -0.022504936903715134
    x_30 n1_l1_affine_eq_16 0.18186956644058228 n1_l1_affine_eq_17 0.32879403233528137
    x_30 n1_l1_affine_eq_18 -0.09479664266109467 n1_l1_affine_eq_19 0.5133889317512512
    x_30 n1_l1_affine_eq_20 0.05562005564570427 n1_l1_affine_eq_21 -0.04866747185587883
    x_30 n1_l1_affine_eq_22 0.1685902327299118 n1_l1_affine_eq_23 0.046494871377944946
    x_30 n1_l1_affine_eq_24 0.004976920783519745 n1_l1_affine_eq_25 -0.14534172415733337
    x_30 n1_l1_affine_eq_26 0.0845322385430336 n1_l1_affine_eq_27 -0.24354884028434753
    x_30 n1_l1_affine_eq_28 0.2735269367694855 n1_l1_affine_eq_29 -0.40165916085243225
    x_30 n1_l1_affine_eq_30 -0.052380118519067764 n1_l1_affine_eq_31 0.0010524109238758683
    x_30 n1_l1_affine_eq_32 0.04921932891011238 n1_l1_affine_eq_33 -0.035275958478450775
    x_30 n1_l1_affine_eq_34 0.0032922725658863783 n1_l1_affine_eq_35 0.07932045310735703
    x_30 n1_l1_affine_eq_36 -0.1334238201379776 n1_l1_affine_eq_37 -0.31240445375442505
    x_30 n1_l1_affine_eq_38 0.4628094732761383 n1_l1_affine_eq_39 0.15232805907726288
    x_30 n1_l1_affine_eq_40 -0.19697465002536774 n1_l1_affine_eq_41 -0.2185002714395523
    x_30 n1_l1_affine_eq_42 -0.33180803060531616 n1_l1_affine_eq_43 -0.3905085027217865
    x_30 n1_l1_affine_eq_44 0.21473969519138336 n1_l1_affine_eq_45 -0.10282178968191147
    x_30 n1_l1_affine_eq_46 0.13943764567375183 n1_l1_affine_eq_47 0.23101116716861725
    x_30 n1_l1_affine_eq_48 -0.27283206582069397 n1_l1_affine_eq_49 -0.15102265775203705
    x_30 n1_l1_affine_eq_50 -0.22313153743743896 n1_l1_affine_eq_51 -0.12122543156147003
    x_30 n1_l1_affine_eq_52 -0.6248348951339722 n1_l1_affine_eq_53 0.32934510707855225
    x_30 n1_l1_affine_eq_54 -0.28351736068725586 n1_l1_affine_eq_55 -0.40311527252197266
    x_30 n1_l1_affine_eq_56 0.14100663363933563 n1_l1_affine_eq_57 0.08603955060243607
    x_30 n1_l1_affine_eq_58 -0.41724711656570435 n1_l1_affine_eq_59 -0.019257040694355965
    x_30 n1_l1_affine_eq_60 0.14488594233989716 n1_l1_affine_eq_61 -0.06730381399393082
    x_30 n1_l1_affine_eq_62 0.2539571225643158 n1_l1_affine_eq_63 0.09378043562173843
    x_30 n1_l1_affine_eq_64 0.1815537065267563 n1_l1_affine_eq_65 -0.017887499183416367
    x_30 n1_l1_affine_eq_66 -0.025773150846362114 n1_l1_affine_eq_67 0.3825208842754364
    x_30 n1_l1_affine_eq_68 0.16307292878627777 n1_l1_affine_eq_69 0.34709057211875916
    x_30 n1_l1_affine_eq_70 0.5966441631317139 n1_l1_affine_eq_71 -0.22332584857940674
    x_30 n1_l1_affine_eq_72 -0.2101067751646042 n1_l1_affine_eq_73 -0.3136107921600342
    x_30 n1_l1_affine_eq_74 0.38845568895339966 n1_l1_affine_eq_75 0.9198793768882751
    x_30 n1_l1_affine_eq_76 0.03295913338661194 n1_l1_affine_eq_77 -0.01719316653907299
    x_30 n1_l1_affine_eq_78 -0.16853325068950653 n1_l1_affine_eq_79 0.1040613204240799
    x_30 n1_l1_affine_eq_80 0.07203511148691177 n1_l1_affine_eq_81 -0.6512550115585327
    x_30 n1_l1_affine_eq_82 0.38903024792671204 n1_l1_affine_eq_83 0.2658563256263733
    x_30 n1_l1_affine_eq_84 0.3502514958381653 n1_l1_affine_eq_85 0.03850165754556656
    x_30 n1_l1_affine_eq_86 -0.23317129909992218 n1_l1_affine_eq_87 0.384502649307251
    x_30 n1_l1_affine_eq_88 -0.11802371591329575 n1_l1_affine_eq_89 0.07027279585599899
    x_30 n1_l1_affine_eq_90 0.12093222141265869 n1_l1_affine_eq_91 0.2582240104675293
    x_30 n1_l1_affine_eq_92 -0.12254296243190765 n1_l1_affine_eq_93 0.4128011167049408
    x_30 n1_l1_affine_eq_94 -0.05808081105351448 n1_l1_affine_eq_95 -0.0916469469666481
    x_30 n1_l1_affine_eq_96 0.26526159048080444 n1_l1_affine_eq_97 -0.0826273038983345
    x_30 n1_l1_affine_eq_98 0.11186912655830383 n1_l1_affine_eq_99 0.036624033004045486
    x_30 n2_l1_affine_eq_0 0.2707114815711975 n2_l1_affine_eq_1 -0.48165300488471985
    x_30 n2_l1_affine_eq_2 -0.0029887561686336994 n2_l1_affine_eq_3 -0.2773527503013611
    x_30 n2_l1_affine_eq_4 -0.16780701279640198 n2_l1_affine_eq_5 1.3487398624420166
    x_30 n2_l1_affine_eq_6 0.6755043864250183 n2_l1_affine_eq_7 -0.2099451869726181
    x_30 n2_l1_affine_eq_8 -0.1067395955324173 n2_l1_affine_eq_9 0.350787878036499
    x_30 n2_l1_affine_eq_10 -0.601161777973175 n2_l1_affine_eq_11 -0.2935572564601898
    x_30 n2_l1_affine_eq_12 -0.66071617603302 n2_l1_affine_eq_13 0.005758171901106834
    x_30 n2_l1_affine_eq_14 0.1880761831998825 n2_l1_affine_eq_15 0.8628454804420471
    x_30 n2_l1_affine_eq_16 -0.5630534291267395 n2_l1_affine_eq_17 -0.2934609353542328
    x_30 n2_l1_affine_eq_18 0.5755214691162109 n2_l1_affine_eq_19 0.18935373425483704
    x_30 n2_l1_affine_eq_20 -0.41293251514434814 n2_l1_affine_eq_21 1.440238356590271
    x_30 n2_l1_affine_eq_22 -0.24215638637542725 n2_l1_affine_eq_23 -0.5696398615837097
    x_30 n2_l1_affine_eq_24 -0.7461204528808594 n2_l1_affine_eq_25 0.21573196351528168
    x_30 n2_l1_affine_eq_26 0.041519515216350555 n2_l1_affine_eq_27 0.04480408504605293
    x_30 n2_l1_affine_eq_28 -0.15622276067733765 n2_l1_affine_eq_29 -0.21500231325626373
    x_30 n2_l1_affine_eq_30 0.8481162786483765 n2_l1_affine_eq_31 0.054184503853321075
    x_30 n2_l1_affine_eq_32 0.49227380752563477 n2_l1_affine_eq_33 -0.43986278772354126
    x_30 n2_l1_affine_eq_34 0.39756831526756287 n2_l1_affine_eq_35 0.023562507703900337
    x_30 n2_l1_affine_eq_36 -0.05238332599401474 n2_l1_affine_eq_37 -0.051481205970048904
    x_30 n2_l1_affine_eq_38 0.4840030074119568 n2_l1_affine_eq_39 -0.16581836342811584
    x_31 n1_l1_affine_eq_0 0.026614705100655556 n1_l1_affine_eq_1 0.15670323371887207
    x_31 n1_l1_affine_eq_2 0.36401695013046265 n1_l1_affine_eq_3 -0.00856695231050253
    x_31 n1_l1_affine_eq_4 -0.1560714840888977 n1_l1_affine_eq_5 -0.13874395191669464
    x_31 n1_l1_affine_eq_6 -0.18283183872699738 n1_l1_affine_eq_7 -0.0982135534286499
    x_31 n1_l1_affine_eq_8 -0.09672534465789795 n1_l1_affine_eq_9 -0.3013525605201721
    x_31 n1_l1_affine_eq_10 -0.35728657245635986 n1_l1_affine_eq_11 0.39147791266441345
    x_31 n1_l1_affine_eq_12 0.9442089796066284 n1_l1_affine_eq_13 -0.14590507745742798
    x_31 n1_l1_affine_eq_14 0.1216178834438324 n1_l1_affine_eq_15 0.4759814739227295
    x_31 n1_l1_affine_eq_16 0.23788681626319885 n1_l1_affine_eq_17 0.4849694073200226
    x_31 n1_l1_affine_eq_18 -0.06745532155036926 n1_l1_affine_eq_19 0.13246197998523712
    x_31 n1_l1_affine_eq_20 0.37680771946907043 n1_l1_affine_eq_21 0.1068035215139389
    x_31 n1_l1_affine_eq_22 0.24240177869796753 n1_l1_affine_eq_23 0.0531754195690155
    x_31 n1_l1_affine_eq_24 0.2507988512516022 n1_l1_affine_eq_25 -0.3236505389213562
    x_31 n1_l1_affine_eq_26 0.3771815299987793 n1_l1_affine_eq_27 0.08954709023237228
    x_31 n1_l1_affine_eq_28 0.01666387915611267 n1_l1_affine_eq_29 0.1993497610092163
    x_31 n1_l1_affine_eq_30 -0.6646586060523987 n1_l1_affine_eq_31 -0.323860764503479
    x_31 n1_l1_affine_eq_32 0.19406907260417938 n1_l1_affine_eq_33 -0.3143858015537262
    x_31 n1_l1_affine_eq_34 0.24497570097446442 n1_l1_affine_eq_35 0.5513758063316345
    x_31 n1_l1_affine_eq_36 -0.5406039357185364 n1_l1_affine_eq_37 -0.08541110157966614
    x_31 n1_l1_affine_eq_38 -0.04548291489481926 n1_l1_affine_eq_39 0.40670132637023926
    x_31 n1_l1_affine_eq_40 0.3800068795681 n1_l1_affine_eq_41 0.1627587527036667
    x_31 n1_l1_affine_eq_42 -0.005364026874303818 n1_l1_affine_eq_43 -0.16693170368671417
    x_31 n1_l1_affine_eq_44 0.2929760813713074 n1_l1_affine_eq_45 -0.22751282155513763
    x_31 n1_l1_affine_eq_46 -0.3526743948459625 n1_l1_affine_eq_47 0.44941234588623047
    x_31 n1_l1_affine_eq_48 -0.020807301625609398 n1_l1_affine_eq_49 -0.29155233502388
    x_31 n1_l1_affine_eq_50 -0.18843604624271393 n1_l1_affine_eq_51 -0.11935688555240631
    x_31 n1_l1_affine_eq_52 0.32400426268577576 n1_l1_affine_eq_53 -0.6645076870918274
    x_31 n1_l1_affine_eq_54 -0.18857082724571228 n1_l1_affine_eq_55 -0.2347358912229538
    x_31 n1_l1_affine_eq_56 -0.5511031150817871 n1_l1_affine_eq_57 0.18707704544067383
    x_31 n1_l1_affine_eq_58 -0.2713526487350464 n1_l1_affine_eq_59 0.16601020097732544
    x_31 n1_l1_affine_eq_60 -0.046848636120557785 n1_l1_affine_eq_61 -0.07026778906583786
    x_31 n1_l1_affine_eq_62 0.2112920880317688 n1_l1_affine_eq_63 0.09476374089717865
    x_31 n1_l1_affine_eq_64 0.5729263424873352 n1_l1_affine_eq_65 0.18531249463558197
    x_31 n1_l1_affine_eq_66 0.13047920167446136 n1_l1_affine_eq_67 0.27423232793807983
    x_31 n1_l1_affine_eq_68 0.21561212837696075 n1_l1_affine_eq_69 0.4352538287639618
    x_31 n1_l1_affine_eq_70 -0.22282233834266663 n1_l1_affine_eq_71 -0.3016723692417145
    x_31 n1_l1_affine_eq_72 0.0532226525247097 n1_l1_affine_eq_73 -0.23967987298965454
    x_31 n1_l1_affine_eq_74 0.5132635831832886 n1_l1_affine_eq_75 0.2582629323005676
    x_31 n1_l1_affine_eq_76 0.09265575557947159 n1_l1_affine_eq_77 0.05136052891612053
    x_31 n1_l1_affine_eq_78 -0.09141568839550018 n1_l1_affine_eq_79 0.34162643551826477
    x_31 n1_l1_affine_eq_80 0.16928234696388245 n1_l1_affine_eq_81 0.15472108125686646
    x_31 n1_l1_affine_eq_82 0.4911755621433258 n1_l1_affine_eq_83 0.5098730325698853
    x_31 n1_l1_affine_eq_84 0.5241312384605408 n1_l1_affine_eq_85 -0.045546405017375946
    x_31 n1_l1_affine_eq_86 0.12796108424663544 n1_l1_affine_eq_87 0.06883228570222855
    x_31 n1_l1_affine_eq_88 0.3632500171661377 n1_l1_affine_eq_89 0.8610684275627136
    x_31 n1_l1_affine_eq_90 0.2873980700969696 n1_l1_affine_eq_91 -0.10267045348882675
    x_31 n1_l1_affine_eq_92 0.06785061955451965 n1_l1_affine_eq_93 0.03872392699122429
    x_31 n1_l1_affine_eq_94 0.17907209694385529 n1_l1_affine_eq_95 -0.3038039207458496
    x_31 n1_l1_affine_eq_96 0.49057015776634216 n1_l1_affine_eq_97 0.1538480669260025
    x_31 n1_l1_affine_eq_98 0.1616525799036026 n1_l1_affine_eq_99 -0.08268619328737259
    x_31 n2_l1_affine_eq_0 1.8377026319503784 n2_l1_affine_eq_1 0.09482385963201523
    x_31 n2_l1_affine_eq_2 -0.4201072156429291 n2_l1_affine_eq_3 -0.017934206873178482
    x_31 n2_l1_affine_eq_4 -0.4514300525188446 n2_l1_affine_eq_5 0.058166611939668655
    x_31 n2_l1_affine_eq_6 0.9298263192176819 n2_l1_affine_eq_7 0.08730775117874146
    x_31 n2_l1_affine_eq_8 -0.7601056098937988 n2_l1_affine_eq_9 -0.8321073651313782
    x_31 n2_l1_affine_eq_10 0.21664854884147644 n2_l1_affine_eq_11 0.7938792705535889
    x_31 n2_l1_affine_eq_12 -0.6200388073921204 n2_l1_affine_eq_13 0.5047911405563354
    x_31 n2_l1_affine_eq_14 -0.25385481119155884 n2_l1_affine_eq_15 0.8750512003898621
    x_31 n2_l1_affine_eq_16 1.2749682664871216 n2_l1_affine_eq_17 -0.029809495434165
    x_31 n2_l1_affine_eq_18 -0.40727585554122925 n2_l1_affine_eq_19 -0.48905256390571594
    x_31 n2_l1_affine_eq_20 -0.37692975997924805 n2_l1_affine_eq_21 0.8612010478973389
    x_31 n2_l1_affine_eq_22 -0.7222735285758972 n2_l1_affine_eq_23 -0.533965528011322
    x_31 n2_l1_affine_eq_24 -0.947906494140625 n2_l1_affine_eq_25 -0.11861926317214966
    x_31 n2_l1_affine_eq_26 0.7406851053237915 n2_l1_affine_eq_27 -0.7334635853767395
    x_31 n2_l1_affine_eq_28 0.9901542663574219 n2_l1_affine_eq_29 0.9190733432769775
    x_31 n2_l1_affine_eq_30 1.6617310047149658 n2_l1_affine_eq_31 -0.19994249939918518
    x_31 n2_l1_affine_eq_32 1.5996099710464478 n2_l1_affine_eq_33 -0.81208735704422
    x_31 n2_l1_affine_eq_34 -0.13719969987869263 n2_l1_affine_eq_35 1.5892852544784546
    x_31 n2_l1_affine_eq_36 -1.1072945594787598 n2_l1_affine_eq_37 0.06836940348148346
    x_31 n2_l1_affine_eq_38 1.5283869504928589 n2_l1_affine_eq_39 0.4100859463214874
    x_32 n1_l1_affine_eq_0 -0.2986386716365814 n1_l1_affine_eq_1 -0.0910654291510582
    x_32 n1_l1_affine_eq_2 -0.1909712851047516 n1_l1_affine_eq_3 0.2840471565723419
    x_32 n1_l1_affine_eq_4 -0.04019759222865105 n1_l1_affine_eq_5 0.19537034630775452
    x_32 n1_l1_affine_eq_6 0.07765050232410431 n1_l1_affine_eq_7 -0.20003578066825867
    x_32 n1_l1_affine_eq_8 0.22360432147979736 n1_l1_affine_eq_9 -0.3426695466041565
    x_32 n1_l1_affine_eq_10 0.22363929450511932 n1_l1_affine_eq_11 -0.10954669862985611
    x_32 n1_l1_affine_eq_12 -0.3531959354877472 n1_l1_affine_eq_13 -0.05260460078716278
    x_32 n1_l1_affine_eq_14 0.1461092233657837 n1_l1_affine_eq_15 -0.19152651727199554
    x_32 n1_l1_affine_eq_16 0.020742369815707207 n1_l1_affine_eq_17 -0.005284434650093317
    x_32 n1_l1_affine_eq_18 -0.325027734041214 n1_l1_affine_eq_19 -0.1053304374217987
    x_32 n1_l1_affine_eq_20 -0.01649009995162487 n1_l1_affine_eq_21 -0.16264007985591888
    x_32 n1_l1_affine_eq_22 0.1339794546365738 n1_l1_affine_eq_23 0.3552233576774597
    x_32 n1_l1_affine_eq_24 -0.10397069901227951 n1_l1_affine_eq_25 -0.03034808300435543
    x_32 n1_l1_affine_eq_26 0.4320577383041382 n1_l1_affine_eq_27 0.03239485248923302
    x_32 n1_l1_affine_eq_28 -0.13937802612781525 n1_l1_affine_eq_29 0.22249735891819
    x_32 n1_l1_affine_eq_30 -0.16649480164051056 n1_l1_affine_eq_31 0.3492045998573303
    x_32 n1_l1_affine_eq_32 -0.27286338806152344 n1_l1_affine_eq_33 -0.2989330291748047
    x_32 n1_l1_affine_eq_34 0.14335429668426514 n1_l1_affine_eq_35 -0.17998580634593964
    x_32 n1_l1_affine_eq_36 0.03146166354417801 n1_l1_affine_eq_37 -0.21899445354938507
    x_32 n1_l1_affine_eq_38 0.4027946889400482 n1_l1_affine_eq_39 0.08786224573850632
    x_32 n1_l1_affine_eq_40 -0.18316319584846497 n1_l1_affine_eq_41 0.060665566474199295
    x_32 n1_l1_affine_eq_42 0.07177306711673737 n1_l1_affine_eq_43 0.12607930600643158
    x_32 n1_l1_affine_eq_44 0.22797149419784546 n1_l1_affine_eq_45 -0.17387305200099945
    x_32 n1_l1_affine_eq_46 -0.20010529458522797 n1_l1_affine_eq_47 -0.36328068375587463
    x_32 n1_l1_affine_eq_48 0.1083865687251091 n1_l1_affine_eq_49 -0.31100040674209595
    x_32 n1_l1_affine_eq_50 -0.09833905100822449 n1_l1_affine_eq_51 0.20007455348968506
    x_32 n1_l1_affine_eq_52 -0.45545002818107605 n1_l1_affine_eq_53 -0.121904656291008
    x_32 n1_l1_affine_eq_54 -0.20998729765415192 n1_l1_affine_eq_55 -0.12454038858413696
    x_32 n1_l1_affine_eq_56 -0.2874961793422699 n1_l1_affine_eq_57 0.013283836655318737
    x_32 n1_l1_affine_eq_58 0.26538601517677307 n1_l1_affine_eq_59 0.14360874891281128
    x_32 n1_l1_affine_eq_60 -0.47474175691604614 n1_l1_affine_eq_61 0.20297549664974213
    x_32 n1_l1_affine_eq_62 -0.00795111246407032 n1_l1_affine_eq_63 -0.2664145529270172
    x_32 n1_l1_affine_eq_64 0.05551097169518471 n1_l1_affine_eq_65 0.06008701026439667
    x_32 n1_l1_affine_eq_66 -0.11676548421382904 n1_l1_affine_eq_67 -0.32196903228759766
    x_32 n1_l1_affine_eq_68 -0.08267053216695786 n1_l1_affine_eq_69 0.05941035598516464
    x_32 n1_l1_affine_eq_70 -0.4631524384021759 n1_l1_affine_eq_71 0.07547515630722046
    x_32 n1_l1_affine_eq_72 0.009041362442076206 n1_l1_affine_eq_73 0.13903690874576569
    x_32 n1_l1_affine_eq_74 0.445479154586792 n1_l1_affine_eq_75 0.01574472151696682
    x_32 n1_l1_affine_eq_76 0.18014433979988098 n1_l1_affine_eq_77 0.31994229555130005
    x_32 n1_l1_affine_eq_78 -0.01443826500326395 n1_l1_affine_eq_79 -0.20149913430213928
    x_32 n1_l1_affine_eq_80 0.003857552772387862 n1_l1_affine_eq_81 0.27121180295944214
    x_32 n1_l1_affine_eq_82 -0.025714246556162834 n1_l1_affine_eq_83 0.023234054446220398
    x_32 n1_l1_affine_eq_84 -0.07093024998903275 n1_l1_affine_eq_85 -0.04014667496085167
    x_32 n1_l1_affine_eq_86 0.116225965321064 n1_l1_affine_eq_87 -0.022789299488067627
    x_32 n1_l1_affine_eq_88 0.24853508174419403 n1_l1_affine_eq_89 -0.4395112991333008
    x_32 n1_l1_affine_eq_90 -0.08247314393520355 n1_l1_affine_eq_91 0.48684221506118774
    x_32 n1_l1_affine_eq_92 -0.10384287685155869 n1_l1_affine_eq_93 -0.16935022175312042
    x_32 n1_l1_affine_eq_94 -0.34733033180236816 n1_l1_affine_eq_95 -0.1472005397081375
    x_32 n1_l1_affine_eq_96 -0.1395701915025711 n1_l1_affine_eq_97 -0.1970629096031189
    x_32 n1_l1_affine_eq_98 -0.08171942830085754 n1_l1_affine_eq_99 -0.17819732427597046
    x_32 n2_l1_affine_eq_0 0.17674461007118225 n2_l1_affine_eq_1 -0.5158884525299072
    x_32 n2_l1_affine_eq_2 -0.28939539194107056 n2_l1_affine_eq_3 -0.233324334025383
    x_32 n2_l1_affine_eq_4 0.7475547194480896 n2_l1_affine_eq_5 0.48821237683296204
    x_32 n2_l1_affine_eq_6 1.3023535013198853 n2_l1_affine_eq_7 0.8959385752677917
    x_32 n2_l1_affine_eq_8 -0.3584864139556885 n2_l1_affine_eq_9 0.349604994058609
    x_32 n2_l1_affine_eq_10 -0.43107402324676514 n2_l1_affine_eq_11 -1.3439152240753174
    x_32 n2_l1_affine_eq_12 -0.5193151235580444 n2_l1_affine_eq_13 -0.4603869616985321
    x_32 n2_l1_affine_eq_14 0.40267544984817505 n2_l1_affine_eq_15 -0.9761332273483276
    x_32 n2_l1_affine_eq_16 1.2097299098968506 n2_l1_affine_eq_17 0.7078385353088379
    x_32 n2_l1_affine_eq_18 -0.6024029850959778 n2_l1_affine_eq_19 0.21807335317134857
    x_32 n2_l1_affine_eq_20 0.27033060789108276 n2_l1_affine_eq_21 0.2239755392074585
    x_32 n2_l1_affine_eq_22 -0.19584430754184723 n2_l1_affine_eq_23 0.6174250841140747
    x_32 n2_l1_affine_eq_24 -0.35953402519226074 n2_l1_affine_eq_25 0.014095932245254517
    x_32 n2_l1_affine_eq_26 1.6602307558059692 n2_l1_affine_eq_27 -0.6886470317840576
    x_32 n2_l1_affine_eq_28 0.5506210327148438 n2_l1_affine_eq_29 0.11329872906208038
    x_32 n2_l1_affine_eq_30 -1.0181993246078491 n2_l1_affine_eq_31 0.12182914465665817
    x_32 n2_l1_affine_eq_32 -0.4271649718284607 n2_l1_affine_eq_33 0.36258605122566223
    x_32 n2_l1_affine_eq_34 -0.054397229105234146 n2_l1_affine_eq_35 -0.48134687542915344
    x_32 n2_l1_affine_eq_36 0.25777149200439453 n2_l1_affine_eq_37 -0.14103807508945465
    x_32 n2_l1_affine_eq_38 -1.0727477073669434 n2_l1_affine_eq_39 2.16915225982666
    x_33 n1_l1_affine_eq_0 0.44455185532569885 n1_l1_affine_eq_1 0.15444429218769073
    x_33 n1_l1_affine_eq_2 -0.15750889480113983 n1_l1_affine_eq_3 -0.13440847396850586
    x_33 n1_l1_affine_eq_4 0.4222947955131531 n1_l1_affine_eq_5 -0.1861574649810791
    x_33 n1_l1_affine_eq_6 0.015095547772943974 n1_l1_affine_eq_7 -0.36747297644615173
    x_33 n1_l1_affine_eq_8 0.04291211813688278 n1_l1_affine_eq_9 -0.18410682678222656
    x_33 n1_l1_affine_eq_10 -0.043519023805856705 n1_l1_affine_eq_11 0.14370617270469666
    x_33 n1_l1_affine_eq_12 0.07539432495832443 n1_l1_affine_eq_13 0.053963929414749146
    x_33 n1_l1_affine_eq_14 -0.13831233978271484 n1_l1_affine_eq_15 -0.011121979914605618
    x_33 n1_l1_affine_eq_16 0.2865595519542694 n1_l1_affine_eq_17 -0.005180361680686474
    x_33 n1_l1_affine_eq_18 0.18603947758674622 n1_l1_affine_eq_19 0.125483900308609
    x_33 n1_l1_affine_eq_20 -0.02439372055232525 n1_l1_affine_eq_21 -0.24142685532569885
    x_33 n1_l1_affine_eq_22 0.033699147403240204 n1_l1_affine_eq_23 0.44689664244651794
    x_33 n1_l1_affine_eq_24 -0.10909736156463623 n1_l1_affine_eq_25 -0.08075572550296783
    x_33 n1_l1_affine_eq_26 0.20651288330554962 n1_l1_affine_eq_27 -0.026197709143161774
    x_33 n1_l1_affine_eq_28 0.41729965806007385 n1_l1_affine_eq_29 0.23243433237075806
    x_33 n1_l1_affine_eq_30 0.18602529168128967 n1_l1_affine_eq_31 0.29925522208213806
    x_33 n1_l1_affine_eq_32 0.1912589967250824 n1_l1_affine_eq_33 0.01639407128095627
    x_33 n1_l1_affine_eq_34 0.05052607133984566 n1_l1_affine_eq_35 0.3942072093486786
    x_33 n1_l1_affine_eq_36 0.2820701003074646 n1_l1_affine_eq_37 0.35407474637031555
    x_33 n1_l1_affine_eq_38 0.35059547424316406 n1_l1_affine_eq_39 -0.11814393103122711
    x_33 n1_l1_affine_eq_40 -0.10469415783882141 n1_l1_affine_eq_41 0.12611524760723114
    x_33 n1_l1_affine_eq_42 0.04522217810153961 n1_l1_affine_eq_43 -0.2526501417160034
    x_33 n1_l1_affine_eq_44 0.1624351143836975 n1_l1_affine_eq_45 0.15898869931697845
    x_33 n1_l1_affine_eq_46 -0.6085545420646667 n1_l1_affine_eq_47 0.008387472480535507
    x_33 n1_l1_affine_eq_48 0.11357572674751282 n1_l1_affine_eq_49 0.21853484213352203
    x_33 n1_l1_affine_eq_50 0.22965915501117706 n1_l1_affine_eq_51 -0.23536784946918488
    x_33 n1_l1_affine_eq_52 -0.30457210540771484 n1_l1_affine_eq_53 -0.08348821848630905
    x_33 n1_l1_affine_eq_54 -0.2971532642841339 n1_l1_affine_eq_55 -0.05267535522580147
    x_33 n1_l1_affine_eq_56 -0.23818190395832062 n1_l1_affine_eq_57 0.250349223613739
    x_33 n1_l1_affine_eq_58 -0.1757589876651764 n1_l1_affine_eq_59 0.017888151109218597
    x_33 n1_l1_affine_eq_60 0.24003535509109497 n1_l1_affine_eq_61 0.10529901087284088
    x_33 n1_l1_affine_eq_62 -0.11012071371078491 n1_l1_affine_eq_63 0.006342162843793631
    x_33 n1_l1_affine_eq_64 0.035294122993946075 n1_l1_affine_eq_65 0.25208139419555664
    x_33 n1_l1_affine_eq_66 -0.22808699309825897 n1_l1_affine_eq_67 0.010167635977268219
    x_33 n1_l1_affine_eq_68 0.0349501296877861 n1_l1_affine_eq_69 -0.0006576873129233718
    x_33 n1_l1_affine_eq_70 0.16636119782924652 n1_l1_affine_eq_71 0.21524152159690857
    x_33 n1_l1_affine_eq_72 0.16393543779850006 n1_l1_affine_eq_73 -0.17923781275749207
    x_33 n1_l1_affine_eq_74 0.43167614936828613 n1_l1_affine_eq_75 -0.1201087236404419
    x_33 n1_l1_affine_eq_76 0.25238141417503357 n1_l1_affine_eq_77 0.10193996876478195
    x_33 n1_l1_affine_eq_78 -0.30185380578041077 n1_l1_affine_eq_79 0.2945370376110077
    x_33 n1_l1_affine_eq_80 0.15294426679611206 n1_l1_affine_eq_81 0.03962912783026695
    x_33 n1_l1_affine_eq_82 -0.1747225821018219 n1_l1_affine_eq_83 0.18534380197525024
    x_33 n1_l1_affine_eq_84 0.29329246282577515 n1_l1_affine_eq_85 -0.34677860140800476
    x_33 n1_l1_affine_eq_86 -0.06465693563222885 n1_l1_affine_eq_87 0.17066466808319092
    x_33 n1_l1_affine_eq_88 0.3275771141052246 n1_l1_affine_eq_89 0.008460357785224915
    x_33 n1_l1_affine_eq_90 -0.18467305600643158 n1_l1_affine_eq_91 0.05884426832199097
    x_33 n1_l1_affine_eq_92 -0.09642832726240158 n1_l1_affine_eq_93 -0.21725259721279144
    x_33 n1_l1_affine_eq_94 0.3166548013687134 n1_l1_affine_eq_95 -0.19956618547439575
    x_33 n1_l1_affine_eq_96 -0.12070712447166443 n1_l1_affine_eq_97 -0.037423428148031235
    x_33 n1_l1_affine_eq_98 0.0036648022942245007 n1_l1_affine_eq_99 -0.299412339925766
    x_33 n2_l1_affine_eq_0 0.25071626901626587 n2_l1_affine_eq_1 -0.13778187334537506
    x_33 n2_l1_affine_eq_2 0.15607412159442902 n2_l1_affine_eq_3 -0.21791182458400726
    x_33 n2_l1_affine_eq_4 0.7585026621818542 n2_l1_affine_eq_5 -0.20132285356521606
    x_33 n2_l1_affine_eq_6 0.41230058670043945 n2_l1_affine_eq_7 1.8141676187515259
    x_33 n2_l1_affine_eq_8 -0.47680678963661194 n2_l1_affine_eq_9 0.9895138144493103
    x_33 n2_l1_affine_eq_10 0.021509254351258278 n2_l1_affine_eq_11 -0.0849306657910347
    x_33 n2_l1_affine_eq_12 -0.34140586853027344 n2_l1_affine_eq_13 -0.2010030448436737
    x_33 n2_l1_affine_eq_14 -0.16139042377471924 n2_l1_affine_eq_15 -0.534479022026062
    x_33 n2_l1_affine_eq_16 0.5097668766975403 n2_l1_affine_eq_17 -0.5294340252876282
    x_33 n2_l1_affine_eq_18 0.3769747316837311 n2_l1_affine_eq_19 0.09698975831270218
    x_33 n2_l1_affine_eq_20 0.4399549663066864 n2_l1_affine_eq_21 -0.23057234287261963
    x_33 n2_l1_affine_eq_22 0.22675684094429016 n2_l1_affine_eq_23 -0.12981921434402466
    x_33 n2_l1_affine_eq_24 0.09614624828100204 n2_l1_affine_eq_25 0.031757473945617676
    x_33 n2_l1_affine_eq_26 0.3059033155441284 n2_l1_affine_eq_27 -0.24318720400333405
    x_33 n2_l1_affine_eq_28 0.09059707075357437 n2_l1_affine_eq_29 0.1178201362490654
    x_33 n2_l1_affine_eq_30 0.41894349455833435 n2_l1_affine_eq_31 -0.12118308246135712
    x_33 n2_l1_affine_eq_32 0.35726630687713623 n2_l1_affine_eq_33 -0.11701462417840958
    x_33 n2_l1_affine_eq_34 -0.161377415060997 n2_l1_affine_eq_35 0.5911493301391602
    x_33 n2_l1_affine_eq_36 -0.07080527395009995 n2_l1_affine_eq_37 -0.9833173155784607
    x_33 n2_l1_affine_eq_38 0.9613006711006165 n2_l1_affine_eq_39 0.35563135147094727
    x_34 n1_l1_affine_eq_0 0.002029065042734146 n1_l1_affine_eq_1 0.20060476660728455
    x_34 n1_l1_affine_eq_2 0.025491945445537567 n1_l1_affine_eq_3 -0.46843335032463074
    x_34 n1_l1_affine_eq_4 0.49989068508148193 n1_l1_affine_eq_5 -0.20974090695381165
    x_34 n1_l1_affine_eq_6 0.11051422357559204 n1_l1_affine_eq_7 -0.18207070231437683
    x_34 n1_l1_affine_eq_8 -0.175323948264122 n1_l1_affine_eq_9 0.41567304730415344
    x_34 n1_l1_affine_eq_10 0.07780435681343079 n1_l1_affine_eq_11 -0.35608068108558655
    x_34 n1_l1_affine_eq_12 0.4485611617565155 n1_l1_affine_eq_13 0.30968600511550903
    x_34 n1_l1_affine_eq_14 0.04689732566475868 n1_l1_affine_eq_15 -0.1486424207687378
    x_34 n1_l1_affine_eq_16 0.07954545319080353 n1_l1_affine_eq_17 -0.14481112360954285
    x_34 n1_l1_affine_eq_18 -0.294723778963089 n1_l1_affine_eq_19 0.022219818085432053
    x_34 n1_l1_affine_eq_20 -0.13310803472995758 n1_l1_affine_eq_21 -0.26082488894462585
    x_34 n1_l1_affine_eq_22 -0.4567742943763733 n1_l1_affine_eq_23 0.3903818130493164
    x_34 n1_l1_affine_eq_24 -0.08636050671339035 n1_l1_affine_eq_25 -0.18863242864608765
    x_34 n1_l1_affine_eq_26 0.08847139030694962 n1_l1_affine_eq_27 -0.30960822105407715
    x_34 n1_l1_affine_eq_28 0.2977648973464966 n1_l1_affine_eq_29 0.24044561386108398
    x_34 n1_l1_affine_eq_30 0.04869187995791435 n1_l1_affine_eq_31 0.15191468596458435
    x_34 n1_l1_affine_eq_32 -0.0008683978812769055 n1_l1_affine_eq_33 0.30042019486427307
    x_34 n1_l1_affine_eq_34 -0.22977334260940552 n1_l1_affine_eq_35 0.5590092539787292
    x_34 n1_l1_affine_eq_36 0.042833562940359116 n1_l1_affine_eq_37 0.40096622705459595
    x_34 n1_l1_affine_eq_38 0.04538726434111595 n1_l1_affine_eq_39 -0.27289608120918274
    x_34 n1_l1_affine_eq_40 -0.09848358482122421 n1_l1_affine_eq_41 0.3720056712627411
    x_34 n1_l1_affine_eq_42 0.08422400057315826 n1_l1_affine_eq_43 -0.14234842360019684
    x_34 n1_l1_affine_eq_44 -0.21479561924934387 n1_l1_affine_eq_45 0.14636234939098358
    x_34 n1_l1_affine_eq_46 0.4190386235713959 n1_l1_affine_eq_47 0.19948627054691315
    x_34 n1_l1_affine_eq_48 0.12784765660762787 n1_l1_affine_eq_49 0.39031872153282166
    x_34 n1_l1_affine_eq_50 0.17736060917377472 n1_l1_affine_eq_51 -0.218084454536438
    x_34 n1_l1_affine_eq_52 0.014025318436324596 n1_l1_affine_eq_53 -0.09692635387182236
    x_34 n1_l1_affine_eq_54 -0.46106502413749695 n1_l1_affine_eq_55 0.42963671684265137
    x_34 n1_l1_affine_eq_56 -0.1296650618314743 n1_l1_affine_eq_57 0.05144386366009712
    x_34 n1_l1_affine_eq_58 0.01245417445898056 n1_l1_affine_eq_59 -0.060094937682151794
    x_34 n1_l1_affine_eq_60 -0.1507931500673294 n1_l1_affine_eq_61 0.013779578730463982
    x_34 n1_l1_affine_eq_62 0.40989619493484497 n1_l1_affine_eq_63 0.02926573157310486
    x_34 n1_l1_affine_eq_64 -0.05450643226504326 n1_l1_affine_eq_65 0.04282616078853607
    x_34 n1_l1_affine_eq_66 0.09402551501989365 n1_l1_affine_eq_67 -0.1909700334072113
    x_34 n1_l1_affine_eq_68 -0.022854631766676903 n1_l1_affine_eq_69 0.07768572121858597
    x_34 n1_l1_affine_eq_70 -0.33197763562202454 n1_l1_affine_eq_71 0.18317534029483795
    x_34 n1_l1_affine_eq_72 -0.15335804224014282 n1_l1_affine_eq_73 0.02918868139386177
    x_34 n1_l1_affine_eq_74 -0.36881619691848755 n1_l1_affine_eq_75 -0.03950563445687294
    x_34 n1_l1_affine_eq_76 -0.08458676934242249 n1_l1_affine_eq_77 0.26595214009284973
    x_34 n1_l1_affine_eq_78 -0.15104886889457703 n1_l1_affine_eq_79 -0.10236239433288574
    x_34 n1_l1_affine_eq_80 -0.14736102521419525 n1_l1_affine_eq_81 -0.024168841540813446
    x_34 n1_l1_affine_eq_82 -0.14264154434204102 n1_l1_affine_eq_83 0.25704628229141235
    x_34 n1_l1_affine_eq_84 -0.3077825903892517 n1_l1_affine_eq_85 0.04558402672410011
    x_34 n1_l1_affine_eq_86 -0.0006593237048946321 n1_l1_affine_eq_87 0.1943192481994629
    x_34 n1_l1_affine_eq_88 -0.15100418031215668 n1_l1_affine_eq_89 0.3110761344432831
    x_34 n1_l1_affine_eq_90 -0.09747444093227386 n1_l1_affine_eq_91 -0.13417384028434753
    x_34 n1_l1_affine_eq_92 -0.014017820358276367 n1_l1_affine_eq_93 -0.042830634862184525
    x_34 n1_l1_affine_eq_94 0.08900041878223419 n1_l1_affine_eq_95 -0.045647475868463516
    x_34 n1_l1_affine_eq_96 0.2623390853404999 n1_l1_affine_eq_97 0.14192664623260498
    x_34 n1_l1_affine_eq_98 -0.044796232134103775 n1_l1_affine_eq_99 -0.36058926582336426
    x_34 n2_l1_affine_eq_0 -0.30985990166664124 n2_l1_affine_eq_1 0.21988436579704285
    x_34 n2_l1_affine_eq_2 -0.3923434317111969 n2_l1_affine_eq_3 -0.42962467670440674
    x_34 n2_l1_affine_eq_4 0.4254840314388275 n2_l1_affine_eq_5 -0.028459884226322174
    x_34 n2_l1_affine_eq_6 -0.07507125288248062 n2_l1_affine_eq_7 0.9329878091812134
    x_34 n2_l1_affine_eq_8 0.1590939313173294 n2_l1_affine_eq_9 -0.1534768044948578
    x_34 n2_l1_affine_eq_10 0.730919361114502 n2_l1_affine_eq_11 -0.36810997128486633
    x_34 n2_l1_affine_eq_12 -0.5415911674499512 n2_l1_affine_eq_13 -0.8490705490112305
    x_34 n2_l1_affine_eq_14 0.39156413078308105 n2_l1_affine_eq_15 -0.5610728859901428
    x_34 n2_l1_affine_eq_16 0.03362226113677025 n2_l1_affine_eq_17 0.21958601474761963
    x_34 n2_l1_affine_eq_18 -0.11324635148048401 n2_l1_affine_eq_19 -0.23914875090122223
    x_34 n2_l1_affine_eq_20 -0.06164088472723961 n2_l1_affine_eq_21 -0.4414568543434143
    x_34 n2_l1_affine_eq_22 0.15854261815547943 n2_l1_affine_eq_23 0.10260340571403503
    x_34 n2_l1_affine_eq_24 0.07230217009782791 n2_l1_affine_eq_25 -0.026494557037949562
    x_34 n2_l1_affine_eq_26 0.5981428623199463 n2_l1_affine_eq_27 0.040740083903074265
    x_34 n2_l1_affine_eq_28 -0.13614629209041595 n2_l1_affine_eq_29 -0.027928361669182777
    x_34 n2_l1_affine_eq_30 0.00409409124404192 n2_l1_affine_eq_31 0.9151418805122375
    x_34 n2_l1_affine_eq_32 0.5221912264823914 n2_l1_affine_eq_33 0.42720237374305725
    x_34 n2_l1_affine_eq_34 -0.28770682215690613 n2_l1_affine_eq_35 0.5433857440948486
    x_34 n2_l1_affine_eq_36 -0.04455474391579628 n2_l1_affine_eq_37 -0.3355752229690552
    x_34 n2_l1_affine_eq_38 1.3779373168945312 n2_l1_affine_eq_39 0.10107793658971786
    x_35 n1_l1_affine_eq_0 -0.09251447767019272 n1_l1_affine_eq_1 -0.2612379193305969
    x_35 n1_l1_affine_eq_2 -0.21568644046783447 n1_l1_affine_eq_3 -0.3232930600643158
    x_35 n1_l1_affine_eq_4 0.14472942054271698 n1_l1_affine_eq_5 0.3160889446735382
    x_35 n1_l1_affine_eq_6 -0.06732217967510223 n1_l1_affine_eq_7 0.20896266400814056
    x_35 n1_l1_affine_eq_8 -0.022128695622086525 n1_l1_affine_eq_9 0.23632334172725677
    x_35 n1_l1_affine_eq_10 -0.01843828521668911 n1_l1_affine_eq_11 -0.02306269481778145
    x_35 n1_l1_affine_eq_12 -0.16132187843322754 n1_l1_affine_eq_13 0.020801005885004997
    x_35 n1_l1_affine_eq_14 0.019154205918312073 n1_l1_affine_eq_15 -0.17681829631328583
    x_35 n1_l1_affine_eq_16 -0.34832802414894104 n1_l1_affine_eq_17 0.15216492116451263
    x_35 n1_l1_affine_eq_18 -0.35858896374702454 n1_l1_affine_eq_19 -0.25017908215522766
    x_35 n1_l1_affine_eq_20 0.006769743748009205 n1_l1_affine_eq_21 0.08426345139741898
    x_35 n1_l1_affine_eq_22 0.1354180872440338 n1_l1_affine_eq_23 0.4220246970653534
    x_35 n1_l1_affine_eq_24 -0.11315327137708664 n1_l1_affine_eq_25 -0.17409196496009827
    x_35 n1_l1_affine_eq_26 -0.11173031479120255 n1_l1_affine_eq_27 0.08784931153059006
    x_35 n1_l1_affine_eq_28 0.10525263845920563 n1_l1_affine_eq_29 -0.36007577180862427
    x_35 n1_l1_affine_eq_30 0.1633012741804123 n1_l1_affine_eq_31 0.09992167353630066
    x_35 n1_l1_affine_eq_32 0.13832701742649078 n1_l1_affine_eq_33 -0.15524514019489288
    x_35 n1_l1_affine_eq_34 0.21196630597114563 n1_l1_affine_eq_35 0.024827776476740837
    x_35 n1_l1_affine_eq_36 0.25853538513183594 n1_l1_affine_eq_37 -0.05928067862987518
    x_35 n1_l1_affine_eq_38 -0.06697873026132584 n1_l1_affine_eq_39 -0.18464256823062897
    x_35 n1_l1_affine_eq_40 -0.032533664256334305 n1_l1_affine_eq_41 0.017782006412744522
    x_35 n1_l1_affine_eq_42 -0.28006646037101746 n1_l1_affine_eq_43 0.06669474393129349
    x_35 n1_l1_affine_eq_44 0.06300096213817596 n1_l1_affine_eq_45 -0.29987603425979614
    x_35 n1_l1_affine_eq_46 0.32682323455810547 n1_l1_affine_eq_47 0.12856051325798035
    x_35 n1_l1_affine_eq_48 -0.2610810697078705 n1_l1_affine_eq_49 -0.20429570972919464
    x_35 n1_l1_affine_eq_50 -0.023010415956377983 n1_l1_affine_eq_51 -0.41703498363494873
    x_35 n1_l1_affine_eq_52 0.0929296538233757 n1_l1_affine_eq_53 0.010272154584527016
    x_35 n1_l1_affine_eq_54 0.03375331684947014 n1_l1_affine_eq_55 -0.11917365342378616
    x_35 n1_l1_affine_eq_56 -0.22218270599842072 n1_l1_affine_eq_57 0.033756233751773834
    x_35 n1_l1_affine_eq_58 -0.24233654141426086 n1_l1_affine_eq_59 -0.057524073868989944
    x_35 n1_l1_affine_eq_60 0.09654427319765091 n1_l1_affine_eq_61 -0.2983126938343048
    x_35 n1_l1_affine_eq_62 0.058178484439849854 n1_l1_affine_eq_63 0.22971943020820618
    x_35 n1_l1_affine_eq_64 0.21959970891475677 n1_l1_affine_eq_65 -0.049536798149347305
    x_35 n1_l1_affine_eq_66 0.809486985206604 n1_l1_affine_eq_67 -0.21327225863933563
    x_35 n1_l1_affine_eq_68 0.1953786015510559 n1_l1_affine_eq_69 0.043700773268938065
    x_35 n1_l1_affine_eq_70 0.31643256545066833 n1_l1_affine_eq_71 -0.17152340710163116
    x_35 n1_l1_affine_eq_72 -0.11887393146753311 n1_l1_affine_eq_73 0.03952135145664215
    x_35 n1_l1_affine_eq_74 0.07195108383893967 n1_l1_affine_eq_75 0.326987624168396
    x_35 n1_l1_affine_eq_76 -0.21827569603919983 n1_l1_affine_eq_77 0.06099988892674446
    x_35 n1_l1_affine_eq_78 -0.12605144083499908 n1_l1_affine_eq_79 -0.08672989159822464
    x_35 n1_l1_affine_eq_80 -0.23022538423538208 n1_l1_affine_eq_81 -0.06625568121671677
    x_35 n1_l1_affine_eq_82 0.3056175112724304 n1_l1_affine_eq_83 0.19477811455726624
    x_35 n1_l1_affine_eq_84 -0.2852352559566498 n1_l1_affine_eq_85 0.22521884739398956
    x_35 n1_l1_affine_eq_86 -0.1291293501853943 n1_l1_affine_eq_87 -0.06079060584306717
    x_35 n1_l1_affine_eq_88 -0.13245756924152374 n1_l1_affine_eq_89 0.2941751182079315
    x_35 n1_l1_affine_eq_90 0.1876058280467987 n1_l1_affine_eq_91 -0.250894695520401
    x_35 n1_l1_affine_eq_92 0.14164531230926514 n1_l1_affine_eq_93 -0.1335495561361313
    x_35 n1_l1_affine_eq_94 0.06504873186349869 n1_l1_affine_eq_95 -0.058135148137807846
    x_35 n1_l1_affine_eq_96 -0.004034987185150385 n1_l1_affine_eq_97 0.04922601208090782
    x_35 n1_l1_affine_eq_98 -0.0015699922805652022 n1_l1_affine_eq_99 0.06840439885854721
    x_35 n2_l1_affine_eq_0 -0.004953304305672646 n2_l1_affine_eq_1 0.10276967287063599
    x_35 n2_l1_affine_eq_2 -1.1431056261062622 n2_l1_affine_eq_3 -0.120610810816288
    x_35 n2_l1_affine_eq_4 -0.9644331932067871 n2_l1_affine_eq_5 0.35224151611328125
    x_35 n2_l1_affine_eq_6 -0.36343860626220703 n2_l1_affine_eq_7 -0.26809173822402954
    x_35 n2_l1_affine_eq_8 -0.2499590963125229 n2_l1_affine_eq_9 -0.6936949491500854
    x_35 n2_l1_affine_eq_10 -0.017757220193743706 n2_l1_affine_eq_11 0.6538675427436829
    x_35 n2_l1_affine_eq_12 -0.5173798203468323 n2_l1_affine_eq_13 -0.06138583645224571
    x_35 n2_l1_affine_eq_14 -0.06375901401042938 n2_l1_affine_eq_15 -0.11692394316196442
    x_35 n2_l1_affine_eq_16 -0.3062884509563446 n2_l1_affine_eq_17 -0.10160520672798157
    x_35 n2_l1_affine_eq_18 -0.04495873674750328 n2_l1_affine_eq_19 -0.8475853204727173
    x_35 n2_l1_affine_eq_20 -0.3765975534915924 n2_l1_affine_eq_21 -0.5145233273506165
    x_35 n2_l1_affine_eq_22 -0.15449641644954681 n2_l1_affine_eq_23 0.12343420088291168
    x_35 n2_l1_affine_eq_24 -0.016306262463331223 n2_l1_affine_eq_25 0.10114564001560211
    x_35 n2_l1_affine_eq_26 -0.48033732175827026 n2_l1_affine_eq_27 0.3889521062374115
    x_35 n2_l1_affine_eq_28 -0.4234965145587921 n2_l1_affine_eq_29 0.14630359411239624
    x_35 n2_l1_affine_eq_30 0.35917139053344727 n2_l1_affine_eq_31 -0.24225695431232452
    x_35 n2_l1_affine_eq_32 -0.18395094573497772 n2_l1_affine_eq_33 0.6687167882919312
    x_35 n2_l1_affine_eq_34 -0.06356066465377808 n2_l1_affine_eq_35 0.21307098865509033
    x_35 n2_l1_affine_eq_36 -0.2691342532634735 n2_l1_affine_eq_37 -1.0455961227416992
    x_35 n2_l1_affine_eq_38 0.727365255355835 n2_l1_affine_eq_39 0.21505245566368103
    x_36 n1_l1_affine_eq_0 -0.24865484237670898 n1_l1_affine_eq_1 -0.16617102921009064
    x_36 n1_l1_affine_eq_2 -0.10251430422067642 n1_l1_affine_eq_3 0.24741454422473907
    x_36 n1_l1_affine_eq_4 -0.2196296900510788 n1_l1_affine_eq_5 0.21996453404426575
    x_36 n1_l1_affine_eq_6 0.160838782787323 n1_l1_affine_eq_7 0.3175261616706848
    x_36 n1_l1_affine_eq_8 -0.07258995622396469 n1_l1_affine_eq_9 0.19049501419067383
    x_36 n1_l1_affine_eq_10 0.03388303518295288 n1_l1_affine_eq_11 -0.07071821391582489
    x_36 n1_l1_affine_eq_12 0.07381699979305267 n1_l1_affine_eq_13 -0.14397656917572021
    x_36 n1_l1_affine_eq_14 0.02508544921875 n1_l1_affine_eq_15 -0.02925807610154152
    x_36 n1_l1_affine_eq_16 0.08009464293718338 n1_l1_affine_eq_17 0.0908760204911232
    x_36 n1_l1_affine_eq_18 -0.14821401238441467 n1_l1_affine_eq_19 0.0620591901242733
    x_36 n1_l1_affine_eq_20 0.2188797891139984 n1_l1_affine_eq_21 0.11600696295499802
    x_36 n1_l1_affine_eq_22 -0.009925777092576027 n1_l1_affine_eq_23 0.23926466703414917
    x_36 n1_l1_affine_eq_24 0.07101445645093918 n1_l1_affine_eq_25 0.03550267219543457
    x_36 n1_l1_affine_eq_26 -0.007324892561882734 n1_l1_affine_eq_27 0.19262000918388367
    x_36 n1_l1_affine_eq_28 0.16853442788124084 n1_l1_affine_eq_29 -0.25088030099868774
    x_36 n1_l1_affine_eq_30 0.12763410806655884 n1_l1_affine_eq_31 0.012764920480549335
    x_36 n1_l1_affine_eq_32 0.16981171071529388 n1_l1_affine_eq_33 -0.2599664330482483
    x_36 n1_l1_affine_eq_34 -0.09191075712442398 n1_l1_affine_eq_35 -0.03232397139072418
    x_36 n1_l1_affine_eq_36 -0.013532734476029873 n1_l1_affine_eq_37 -0.0002732689317781478
    x_36 n1_l1_affine_eq_38 -0.17149658501148224 n1_l1_affine_eq_39 0.09701496362686157
    x_36 n1_l1_affine_eq_40 -0.21187305450439453 n1_l1_affine_eq_41 -0.017489245161414146
    x_36 n1_l1_affine_eq_42 -0.20648549497127533 n1_l1_affine_eq_43 0.4875583052635193
    x_36 n1_l1_affine_eq_44 0.10877634584903717 n1_l1_affine_eq_45 -0.03663685545325279
    x_36 n1_l1_affine_eq_46 -0.2039138674736023 n1_l1_affine_eq_47 -0.03896212950348854
    x_36 n1_l1_affine_eq_48 0.08449133485555649 n1_l1_affine_eq_49 -0.09848629683256149
    x_36 n1_l1_affine_eq_50 -0.11063649505376816 n1_l1_affine_eq_51 -0.050226692110300064
    x_36 n1_l1_affine_eq_52 -0.2637198269367218 n1_l1_affine_eq_53 0.16675406694412231
    x_36 n1_l1_affine_eq_54 0.04172665253281593 n1_l1_affine_eq_55 0.1985892951488495
    x_36 n1_l1_affine_eq_56 -0.2551099359989166 n1_l1_affine_eq_57 0.13033480942249298
    x_36 n1_l1_affine_eq_58 -0.2028432935476303 n1_l1_affine_eq_59 0.18388061225414276
    x_36 n1_l1_affine_eq_60 0.24712741374969482 n1_l1_affine_eq_61 0.1350829005241394
    x_36 n1_l1_affine_eq_62 -0.17496897280216217 n1_l1_affine_eq_63 0.0511506088078022
    x_36 n1_l1_affine_eq_64 -0.06436073035001755 n1_l1_affine_eq_65 -0.04223783314228058
    x_36 n1_l1_affine_eq_66 -0.07117711007595062 n1_l1_affine_eq_67 0.0032443557865917683
    x_36 n1_l1_affine_eq_68 -0.08544765412807465 n1_l1_affine_eq_69 -0.1283106654882431
    x_36 n1_l1_affine_eq_70 -0.2055472582578659 n1_l1_affine_eq_71 -0.1501912623643875
    x_36 n1_l1_affine_eq_72 -0.09509743750095367 n1_l1_affine_eq_73 0.002540700836107135
    x_36 n1_l1_affine_eq_74 -0.13071666657924652 n1_l1_affine_eq_75 -0.07432328909635544
    x_36 n1_l1_affine_eq_76 0.007657975889742374 n1_l1_affine_eq_77 0.2130841314792633
    x_36 n1_l1_affine_eq_78 -0.18545125424861908 n1_l1_affine_eq_79 0.14153023064136505
    x_36 n1_l1_affine_eq_80 0.22502215206623077 n1_l1_affine_eq_81 0.11835770308971405
    x_36 n1_l1_affine_eq_82 -0.05227711796760559 n1_l1_affine_eq_83 -0.011524291709065437
    x_36 n1_l1_affine_eq_84 0.06752598285675049 n1_l1_affine_eq_85 0.4134546220302582
    x_36 n1_l1_affine_eq_86 -0.08533661812543869 n1_l1_affine_eq_87 0.2123464196920395
    x_36 n1_l1_affine_eq_88 0.2816292643547058 n1_l1_affine_eq_89 -0.13139063119888306
    x_36 n1_l1_affine_eq_90 -0.08386149257421494 n1_l1_affine_eq_91 -0.10042627900838852
    x_36 n1_l1_affine_eq_92 -0.1287916898727417 n1_l1_affine_eq_93 0.4219386875629425
    x_36 n1_l1_affine_eq_94 -0.1744721382856369 n1_l1_affine_eq_95 0.004352828953415155
    x_36 n1_l1_affine_eq_96 0.020589327439665794 n1_l1_affine_eq_97 -0.15600624680519104
    x_36 n1_l1_affine_eq_98 -0.022000255063176155 n1_l1_affine_eq_99 -0.017501316964626312
    x_36 n2_l1_affine_eq_0 -0.46399447321891785 n2_l1_affine_eq_1 -0.3723011612892151
    x_36 n2_l1_affine_eq_2 -0.4934861361980438 n2_l1_affine_eq_3 -0.5001088380813599
    x_36 n2_l1_affine_eq_4 -0.3382793366909027 n2_l1_affine_eq_5 -0.08669983595609665
    x_36 n2_l1_affine_eq_6 0.1979050487279892 n2_l1_affine_eq_7 0.12932203710079193
    x_36 n2_l1_affine_eq_8 0.08771462738513947 n2_l1_affine_eq_9 -0.4871683418750763
    x_36 n2_l1_affine_eq_10 -0.47794196009635925 n2_l1_affine_eq_11 0.15475863218307495
    x_36 n2_l1_affine_eq_12 -0.05499379336833954 n2_l1_affine_eq_13 0.21620427072048187
    x_36 n2_l1_affine_eq_14 -0.15703818202018738 n2_l1_affine_eq_15 -0.5756564736366272
    x_36 n2_l1_affine_eq_16 0.007951831445097923 n2_l1_affine_eq_17 0.6938310861587524
    x_36 n2_l1_affine_eq_18 -0.13642792403697968 n2_l1_affine_eq_19 -0.30882036685943604
    x_36 n2_l1_affine_eq_20 0.0055482895113527775 n2_l1_affine_eq_21 0.13409405946731567
    x_36 n2_l1_affine_eq_22 -0.16889122128486633 n2_l1_affine_eq_23 0.513168454170227
    x_36 n2_l1_affine_eq_24 0.45600438117980957 n2_l1_affine_eq_25 0.14655472338199615
    x_36 n2_l1_affine_eq_26 0.019598262384533882 n2_l1_affine_eq_27 0.19599047303199768
    x_36 n2_l1_affine_eq_28 0.018399620428681374 n2_l1_affine_eq_29 -0.09528069198131561
    x_36 n2_l1_affine_eq_30 -0.025879498571157455 n2_l1_affine_eq_31 -0.45232656598091125
    x_36 n2_l1_affine_eq_32 -0.11910930275917053 n2_l1_affine_eq_33 0.5189743041992188
    x_36 n2_l1_affine_eq_34 -0.01136831659823656 n2_l1_affine_eq_35 -0.15481187403202057
    x_36 n2_l1_affine_eq_36 -0.12074687331914902 n2_l1_affine_eq_37 -0.14791429042816162
    x_36 n2_l1_affine_eq_38 -0.14170460402965546 n2_l1_affine_eq_39 -0.17792105674743652
    x_37 n1_l1_affine_eq_0 -0.09637848287820816 n1_l1_affine_eq_1 -0.08257139474153519
    x_37 n1_l1_affine_eq_2 -0.3149922490119934 n1_l1_affine_eq_3 0.219978466629982
    x_37 n1_l1_affine_eq_4 -0.12360094487667084 n1_l1_affine_eq_5 -0.0974845364689827
    x_37 n1_l1_affine_eq_6 0.020464234054088593 n1_l1_affine_eq_7 0.38984280824661255
    x_37 n1_l1_affine_eq_8 0.015455622225999832 n1_l1_affine_eq_9 -0.17384760081768036
    x_37 n1_l1_affine_eq_10 0.46197810769081116 n1_l1_affine_eq_11 -0.20955894887447357
    x_37 n1_l1_affine_eq_12 -0.18751035630702972 n1_l1_affine_eq_13 -0.17542818188667297
    x_37 n1_l1_affine_eq_14 -0.10948503762483597 n1_l1_affine_eq_15 -0.029106860980391502
    x_37 n1_l1_affine_eq_16 0.14145620167255402 n1_l1_affine_eq_17 -0.0980760008096695
    x_37 n1_l1_affine_eq_18 -0.02169489488005638 n1_l1_affine_eq_19 -0.09831476956605911
    x_37 n1_l1_affine_eq_20 -0.24986866116523743 n1_l1_affine_eq_21 0.046214114874601364
    x_37 n1_l1_affine_eq_22 -0.08939968049526215 n1_l1_affine_eq_23 0.3648998439311981
    x_37 n1_l1_affine_eq_24 -0.08694423735141754 n1_l1_affine_eq_25 -0.18228699266910553
    x_37 n1_l1_affine_eq_26 0.09486410766839981 n1_l1_affine_eq_27 -0.25895655155181885
    x_37 n1_l1_affine_eq_28 0.11103048175573349 n1_l1_affine_eq_29 0.28186312317848206
    x_37 n1_l1_affine_eq_30 -0.016175206750631332 n1_l1_affine_eq_31 0.3755764961242676
    x_37 n1_l1_affine_eq_32 -0.23737061023712158 n1_l1_affine_eq_33 -0.018467124551534653
    x_37 n1_l1_affine_eq_34 -0.11295671761035919 n1_l1_affine_eq_35 -0.050104498863220215
    x_37 n1_l1_affine_eq_36 0.14323197305202484 n1_l1_affine_eq_37 0.24297413229942322
    x_37 n1_l1_affine_eq_38 0.16561977565288544 n1_l1_affine_eq_39 -0.09167841821908951
    x_37 n1_l1_affine_eq_40 -0.2816756069660187 n1_l1_affine_eq_41 -0.1831676959991455
    x_37 n1_l1_affine_eq_42 0.30606600642204285 n1_l1_affine_eq_43 -0.03167396038770676
    x_37 n1_l1_affine_eq_44 -0.19933003187179565 n1_l1_affine_eq_45 0.30106407403945923
    x_37 n1_l1_affine_eq_46 0.1724359691143036 n1_l1_affine_eq_47 -0.0878656804561615
    x_37 n1_l1_affine_eq_48 0.07836666703224182 n1_l1_affine_eq_49 0.2656790614128113
    x_37 n1_l1_affine_eq_50 -0.11603809893131256 n1_l1_affine_eq_51 -0.08009297400712967
    x_37 n1_l1_affine_eq_52 -0.22843465209007263 n1_l1_affine_eq_53 0.15546031296253204
    x_37 n1_l1_affine_eq_54 0.19410555064678192 n1_l1_affine_eq_55 0.7052185535430908
    x_37 n1_l1_affine_eq_56 -0.014178872108459473 n1_l1_affine_eq_57 0.1870943307876587
    x_37 n1_l1_affine_eq_58 0.12357799708843231 n1_l1_affine_eq_59 0.05528171733021736
    x_37 n1_l1_affine_eq_60 0.1474846750497818 n1_l1_affine_eq_61 0.1390957236289978
    x_37 n1_l1_affine_eq_62 -0.22551347315311432 n1_l1_affine_eq_63 0.11598949879407883
    x_37 n1_l1_affine_eq_64 -0.13697798550128937 n1_l1_affine_eq_65 0.07991461455821991
    x_37 n1_l1_affine_eq_66 0.1915489286184311 n1_l1_affine_eq_67 0.09523698687553406
    x_37 n1_l1_affine_eq_68 -0.22135154902935028 n1_l1_affine_eq_69 0.20109610259532928
    x_37 n1_l1_affine_eq_70 0.0894058421254158 n1_l1_affine_eq_71 -0.034020449966192245
    x_37 n1_l1_affine_eq_72 -0.032396234571933746 n1_l1_affine_eq_73 0.2834587097167969
    x_37 n1_l1_affine_eq_74 0.0924457386136055 n1_l1_affine_eq_75 -0.0661693587899208
    x_37 n1_l1_affine_eq_76 0.0029723772313445807 n1_l1_affine_eq_77 -0.03167646378278732
    x_37 n1_l1_affine_eq_78 -0.1185593456029892 n1_l1_affine_eq_79 -0.32102087140083313
    x_37 n1_l1_affine_eq_80 -0.07809800654649734 n1_l1_affine_eq_81 0.1350771188735962
    x_37 n1_l1_affine_eq_82 -0.10841923207044601 n1_l1_affine_eq_83 -0.10435312241315842
    x_37 n1_l1_affine_eq_84 -0.14674165844917297 n1_l1_affine_eq_85 0.0916699692606926
    x_37 n1_l1_affine_eq_86 0.12844368815422058 n1_l1_affine_eq_87 0.2664653956890106
    x_37 n1_l1_affine_eq_88 0.17173649370670319 n1_l1_affine_eq_89 0.08144117891788483
    x_37 n1_l1_affine_eq_90 0.24751760065555573 n1_l1_affine_eq_91 0.023617856204509735
    x_37 n1_l1_affine_eq_92 -0.03872654587030411 n1_l1_affine_eq_93 0.023791341111063957
    x_37 n1_l1_affine_eq_94 0.11013832688331604 n1_l1_affine_eq_95 0.12497396022081375
    x_37 n1_l1_affine_eq_96 0.2717777192592621 n1_l1_affine_eq_97 -0.07589304447174072
    x_37 n1_l1_affine_eq_98 0.048482850193977356 n1_l1_affine_eq_99 -0.17537347972393036
    x_37 n2_l1_affine_eq_0 -0.22971369326114655 n2_l1_affine_eq_1 -0.2688305377960205
    x_37 n2_l1_affine_eq_2 0.025023136287927628 n2_l1_affine_eq_3 -0.21837492287158966
    x_37 n2_l1_affine_eq_4 0.08594099432229996 n2_l1_affine_eq_5 0.14796508848667145
    x_37 n2_l1_affine_eq_6 -0.20758222043514252 n2_l1_affine_eq_7 0.3667605221271515
    x_37 n2_l1_affine_eq_8 -0.2266611009836197 n2_l1_affine_eq_9 -0.015242989175021648
    x_37 n2_l1_affine_eq_10 0.026812268421053886 n2_l1_affine_eq_11 -0.000291610776912421
    x_37 n2_l1_affine_eq_12 -0.0797543153166771 n2_l1_affine_eq_13 -0.5740704536437988
    x_37 n2_l1_affine_eq_14 -0.20510052144527435 n2_l1_affine_eq_15 -0.42026448249816895
    x_37 n2_l1_affine_eq_16 0.19494524598121643 n2_l1_affine_eq_17 -0.4024161398410797
    x_37 n2_l1_affine_eq_18 0.052755482494831085 n2_l1_affine_eq_19 0.2477235198020935
    x_37 n2_l1_affine_eq_20 0.03263087943196297 n2_l1_affine_eq_21 -0.005466728936880827
    x_37 n2_l1_affine_eq_22 0.21516567468643188 n2_l1_affine_eq_23 -0.14849020540714264
    x_37 n2_l1_affine_eq_24 0.8967398405075073 n2_l1_affine_eq_25 0.11572246253490448
    x_37 n2_l1_affine_eq_26 0.7608038783073425 n2_l1_affine_eq_27 0.290941059589386
    x_37 n2_l1_affine_eq_28 0.268189936876297 n2_l1_affine_eq_29 0.4145941734313965
    x_37 n2_l1_affine_eq_30 0.026488423347473145 n2_l1_affine_eq_31 -0.2402420938014984
    x_37 n2_l1_affine_eq_32 0.26592299342155457 n2_l1_affine_eq_33 0.5916373133659363
    x_37 n2_l1_affine_eq_34 -0.3502579927444458 n2_l1_affine_eq_35 -0.5189840793609619
    x_37 n2_l1_affine_eq_36 0.3364705741405487 n2_l1_affine_eq_37 -0.22820094227790833
    x_37 n2_l1_affine_eq_38 -0.198172464966774 n2_l1_affine_eq_39 -0.0793488472700119
    x_38 n1_l1_affine_eq_0 -0.2752368748188019 n1_l1_affine_eq_1 -0.1302078515291214
    x_38 n1_l1_affine_eq_2 -0.07250674068927765 n1_l1_affine_eq_3 0.11324352771043777
    x_38 n1_l1_affine_eq_4 -0.1717807948589325 n1_l1_affine_eq_5 0.10443323850631714
    x_38 n1_l1_affine_eq_6 0.18649955093860626 n1_l1_affine_eq_7 -0.31615883111953735
    x_38 n1_l1_affine_eq_8 -0.068275585770607 n1_l1_affine_eq_9 0.31476104259490967
    x_38 n1_l1_affine_eq_10 0.686680018901825 n1_l1_affine_eq_11 -0.0345962829887867
    x_38 n1_l1_affine_eq_12 0.03791973367333412 n1_l1_affine_eq_13 -0.21407632529735565
    x_38 n1_l1_affine_eq_14 0.1877347081899643 n1_l1_affine_eq_15 0.2609182298183441
    x_38 n1_l1_affine_eq_16 0.2233716994524002 n1_l1_affine_eq_17 -0.28352850675582886
    x_38 n1_l1_affine_eq_18 0.04770391434431076 n1_l1_affine_eq_19 0.522823691368103
    x_38 n1_l1_affine_eq_20 -0.035452619194984436 n1_l1_affine_eq_21 -0.10752738267183304
    x_38 n1_l1_affine_eq_22 -0.03742196410894394 n1_l1_affine_eq_23 0.40101081132888794
    x_38 n1_l1_affine_eq_24 0.30440860986709595 n1_l1_affine_eq_25 -0.10200974345207214
    x_38 n1_l1_affine_eq_26 0.041474562138319016 n1_l1_affine_eq_27 0.1681162565946579
    x_38 n1_l1_affine_eq_28 -0.18632228672504425 n1_l1_affine_eq_29 0.2057775855064392
    x_38 n1_l1_affine_eq_30 -0.12909431755542755 n1_l1_affine_eq_31 0.15490290522575378
    x_38 n1_l1_affine_eq_32 -0.21610860526561737 n1_l1_affine_eq_33 0.07901233434677124
    x_38 n1_l1_affine_eq_34 0.3271055817604065 n1_l1_affine_eq_35 0.1567186415195465
    x_38 n1_l1_affine_eq_36 0.16682054102420807 n1_l1_affine_eq_37 0.11374568939208984
    x_38 n1_l1_affine_eq_38 -0.33924397826194763 n1_l1_affine_eq_39 0.11642956733703613
    x_38 n1_l1_affine_eq_40 -0.26833170652389526 n1_l1_affine_eq_41 -0.12450604885816574
    x_38 n1_l1_affine_eq_42 0.5967963337898254 n1_l1_affine_eq_43 -0.05103554576635361
    x_38 n1_l1_affine_eq_44 0.011285153217613697 n1_l1_affine_eq_45 0.06377949565649033
    x_38 n1_l1_affine_eq_46 0.2705204486846924 n1_l1_affine_eq_47 -0.10713968425989151
    x_38 n1_l1_affine_eq_48 0.5184847712516785 n1_l1_affine_eq_49 0.021129757165908813
    x_38 n1_l1_affine_eq_50 0.26596787571907043 n1_l1_affine_eq_51 -0.17114083468914032
    x_38 n1_l1_affine_eq_52 -0.17710904777050018 n1_l1_affine_eq_53 -0.3968500792980194
    x_38 n1_l1_affine_eq_54 -0.058719322085380554 n1_l1_affine_eq_55 -0.5537980794906616
    x_38 n1_l1_affine_eq_56 -0.45718932151794434 n1_l1_affine_eq_57 0.21177572011947632
    x_38 n1_l1_affine_eq_58 0.09961222112178802 n1_l1_affine_eq_59 -0.11564862728118896
    x_38 n1_l1_affine_eq_60 0.2065369039773941 n1_l1_affine_eq_61 -0.0723889172077179
    x_38 n1_l1_affine_eq_62 0.2842264175415039 n1_l1_affine_eq_63 0.056876134127378464
    x_38 n1_l1_affine_eq_64 0.15134239196777344 n1_l1_affine_eq_65 0.12053446471691132
    x_38 n1_l1_affine_eq_66 0.13521945476531982 n1_l1_affine_eq_67 0.00013638626842293888
    x_38 n1_l1_affine_eq_68 -0.044396258890628815 n1_l1_affine_eq_69 -0.05740617215633392
    x_38 n1_l1_affine_eq_70 -0.0035010799765586853 n1_l1_affine_eq_71 -0.4503173232078552
    x_38 n1_l1_affine_eq_72 -0.2538034915924072 n1_l1_affine_eq_73 -0.1632298231124878
    x_38 n1_l1_affine_eq_74 -0.08879945427179337 n1_l1_affine_eq_75 0.11481662094593048
    x_38 n1_l1_affine_eq_76 0.12024587392807007 n1_l1_affine_eq_77 -0.13545939326286316
    x_38 n1_l1_affine_eq_78 0.18803013861179352 n1_l1_affine_eq_79 -0.17307591438293457
    x_38 n1_l1_affine_eq_80 -0.012474702671170235 n1_l1_affine_eq_81 0.052804768085479736
    x_38 n1_l1_affine_eq_82 0.17287464439868927 n1_l1_affine_eq_83 -0.21725666522979736
    x_38 n1_l1_affine_eq_84 -0.15740680694580078 n1_l1_affine_eq_85 -0.4218071699142456
    x_38 n1_l1_affine_eq_86 0.11311174929141998 n1_l1_affine_eq_87 0.09077074378728867
    x_38 n1_l1_affine_eq_88 0.050948161631822586 n1_l1_affine_eq_89 0.18035699427127838
    x_38 n1_l1_affine_eq_90 0.10499736666679382 n1_l1_affine_eq_91 -0.23720450699329376
    x_38 n1_l1_affine_eq_92 0.013598860241472721 n1_l1_affine_eq_93 -0.03993408381938934
    x_38 n1_l1_affine_eq_94 0.22503863275051117 n1_l1_affine_eq_95 0.020564129576086998
    x_38 n1_l1_affine_eq_96 0.2711092233657837 n1_l1_affine_eq_97 0.011081553064286709
    x_38 n1_l1_affine_eq_98 -0.04132120683789253 n1_l1_affine_eq_99 -0.18654966354370117
    x_38 n2_l1_affine_eq_0 -0.8208954930305481 n2_l1_affine_eq_1 0.3478022515773773
    x_38 n2_l1_affine_eq_2 -0.1692100316286087 n2_l1_affine_eq_3 -0.4081348776817322
    x_38 n2_l1_affine_eq_4 1.0983219146728516 n2_l1_affine_eq_5 0.5360666513442993
    x_38 n2_l1_affine_eq_6 -0.4958064556121826 n2_l1_affine_eq_7 0.17808879911899567
    x_38 n2_l1_affine_eq_8 -0.23369599878787994 n2_l1_affine_eq_9 -0.2205100804567337
    x_38 n2_l1_affine_eq_10 0.5782477855682373 n2_l1_affine_eq_11 -0.16820907592773438
    x_38 n2_l1_affine_eq_12 0.02200189419090748 n2_l1_affine_eq_13 -0.6360111236572266
    x_38 n2_l1_affine_eq_14 0.5120307803153992 n2_l1_affine_eq_15 0.1381266564130783
    x_38 n2_l1_affine_eq_16 0.0085604228079319 n2_l1_affine_eq_17 0.016855832189321518
    x_38 n2_l1_affine_eq_18 -0.5346484184265137 n2_l1_affine_eq_19 0.5977058410644531
    x_38 n2_l1_affine_eq_20 -0.369563490152359 n2_l1_affine_eq_21 -0.3896351158618927
    x_38 n2_l1_affine_eq_22 0.25247466564178467 n2_l1_affine_eq_23 0.2824849486351013
    x_38 n2_l1_affine_eq_24 0.09432034194469452 n2_l1_affine_eq_25 0.19419273734092712
    x_38 n2_l1_affine_eq_26 0.9731382727622986 n2_l1_affine_eq_27 0.19452863931655884
    x_38 n2_l1_affine_eq_28 0.48393014073371887 n2_l1_affine_eq_29 0.420915424823761
    x_38 n2_l1_affine_eq_30 -0.005365487188100815 n2_l1_affine_eq_31 0.023657329380512238
    x_38 n2_l1_affine_eq_32 0.047118380665779114 n2_l1_affine_eq_33 -0.043920330703258514
    x_38 n2_l1_affine_eq_34 -0.4010094404220581 n2_l1_affine_eq_35 0.24933119118213654
    x_38 n2_l1_affine_eq_36 -0.07267474383115768 n2_l1_affine_eq_37 0.29188114404678345
    x_38 n2_l1_affine_eq_38 -0.4945295453071594 n2_l1_affine_eq_39 0.5805926322937012
    x_39 n1_l1_affine_eq_0 -0.10567306727170944 n1_l1_affine_eq_1 -0.10723863542079926
    x_39 n1_l1_affine_eq_2 -0.30199283361434937 n1_l1_affine_eq_3 -0.29006078839302063
    x_39 n1_l1_affine_eq_4 -0.15837505459785461 n1_l1_affine_eq_5 0.050289370119571686
    x_39 n1_l1_affine_eq_6 0.16621288657188416 n1_l1_affine_eq_7 -0.040415674448013306
    x_39 n1_l1_affine_eq_8 0.392607182264328 n1_l1_affine_eq_9 0.5488914847373962
    x_39 n1_l1_affine_eq_10 0.2143685519695282 n1_l1_affine_eq_11 -0.36735308170318604
    x_39 n1_l1_affine_eq_12 -0.14388591051101685 n1_l1_affine_eq_13 0.19330619275569916
    x_39 n1_l1_affine_eq_14 0.25855594873428345 n1_l1_affine_eq_15 -0.02965521812438965
    x_39 n1_l1_affine_eq_16 0.31929001212120056 n1_l1_affine_eq_17 0.03901614248752594
    x_39 n1_l1_affine_eq_18 -0.0034388431813567877 n1_l1_affine_eq_19 0.17281991243362427
    x_39 n1_l1_affine_eq_20 -0.08186937123537064 n1_l1_affine_eq_21 0.10342053323984146
    x_39 n1_l1_affine_eq_22 0.24289946258068085 n1_l1_affine_eq_23 0.3787815570831299
    x_39 n1_l1_affine_eq_24 -0.06024407967925072 n1_l1_affine_eq_25 -0.10748493671417236
    x_39 n1_l1_affine_eq_26 0.1223750039935112 n1_l1_affine_eq_27 -0.20791910588741302
    x_39 n1_l1_affine_eq_28 0.0702209621667862 n1_l1_affine_eq_29 -0.28144168853759766
    x_39 n1_l1_affine_eq_30 0.13051141798496246 n1_l1_affine_eq_31 0.2043263465166092
    x_39 n1_l1_affine_eq_32 -0.1024438813328743 n1_l1_affine_eq_33 0.03331150859594345
    x_39 n1_l1_affine_eq_34 0.29062309861183167 n1_l1_affine_eq_35 0.322582870721817
    x_39 n1_l1_affine_eq_36 -0.26497480273246765 n1_l1_affine_eq_37 0.03550666570663452
    x_39 n1_l1_affine_eq_38 0.11048778146505356 n1_l1_affine_eq_39 0.043523479253053665
    x_39 n1_l1_affine_eq_40 0.12774299085140228 n1_l1_affine_eq_41 -0.12894412875175476
    x_39 n1_l1_affine_eq_42 0.010142053477466106 n1_l1_affine_eq_43 -0.20612025260925293
    x_39 n1_l1_affine_eq_44 0.3036558926105499 n1_l1_affine_eq_45 0.04278808832168579
    x_39 n1_l1_affine_eq_46 0.1814761608839035 n1_l1_affine_eq_47 -0.2674998939037323
    x_39 n1_l1_affine_eq_48 0.37454453110694885 n1_l1_affine_eq_49 0.2488555759191513
    x_39 n1_l1_affine_eq_50 0.46970853209495544 n1_l1_affine_eq_51 -0.3186614215373993
    x_39 n1_l1_affine_eq_52 0.2856394648551941 n1_l1_affine_eq_53 -0.2561821937561035
    x_39 n1_l1_affine_eq_54 0.1281103491783142 n1_l1_affine_eq_55 -0.1950671672821045
    x_39 n1_l1_affine_eq_56 -0.11193044483661652 n1_l1_affine_eq_57 -0.4482370913028717
    x_39 n1_l1_affine_eq_58 0.14591753482818604 n1_l1_affine_eq_59 -0.12968099117279053
    x_39 n1_l1_affine_eq_60 0.1302391141653061 n1_l1_affine_eq_61 -0.0007539526559412479
    x_39 n1_l1_affine_eq_62 0.0033713486045598984 n1_l1_affine_eq_63 -0.054659903049468994
    x_39 n1_l1_affine_eq_64 -0.05377015471458435 n1_l1_affine_eq_65 0.4746648073196411
    x_39 n1_l1_affine_eq_66 0.2184624969959259 n1_l1_affine_eq_67 0.011292681097984314
    x_39 n1_l1_affine_eq_68 0.23413591086864471 n1_l1_affine_eq_69 -0.05885336920619011
    x_39 n1_l1_affine_eq_70 -0.22993510961532593 n1_l1_affine_eq_71 -0.21261654794216156
    x_39 n1_l1_affine_eq_72 0.14768831431865692 n1_l1_affine_eq_73 -0.21643272042274475
    x_39 n1_l1_affine_eq_74 -0.1588095724582672 n1_l1_affine_eq_75 0.22912956774234772
    x_39 n1_l1_affine_eq_76 0.4789857864379883 n1_l1_affine_eq_77 -0.18757759034633636
    x_39 n1_l1_affine_eq_78 0.13238786160945892 n1_l1_affine_eq_79 -0.1687089204788208
    x_39 n1_l1_affine_eq_80 -0.00030855240765959024 n1_l1_affine_eq_81 0.12632794678211212
    x_39 n1_l1_affine_eq_82 0.1364402025938034 n1_l1_affine_eq_83 -0.0031997656915336847
    x_39 n1_l1_affine_eq_84 0.16026167571544647 n1_l1_affine_eq_85 -0.16107788681983948
    x_39 n1_l1_affine_eq_86 0.20179690420627594 n1_l1_affine_eq_87 0.009651370346546173
    x_39 n1_l1_affine_eq_88 -0.0914803147315979 n1_l1_affine_eq_89 0.36122623085975647
    x_39 n1_l1_affine_eq_90 -0.1425524652004242 n1_l1_affine_eq_91 -0.45120003819465637
    x_39 n1_l1_affine_eq_92 0.08848116546869278 n1_l1_affine_eq_93 -0.03171253949403763
    x_39 n1_l1_affine_eq_94 0.19596737623214722 n1_l1_affine_eq_95 -0.18309685587882996
    x_39 n1_l1_affine_eq_96 0.10677248984575272 n1_l1_affine_eq_97 -0.39400720596313477
    x_39 n1_l1_affine_eq_98 -0.09767886996269226 n1_l1_affine_eq_99 -0.46190035343170166
    x_39 n2_l1_affine_eq_0 0.7605411410331726 n2_l1_affine_eq_1 0.14789234101772308
    x_39 n2_l1_affine_eq_2 -0.6456353664398193 n2_l1_affine_eq_3 -0.27739217877388
    x_39 n2_l1_affine_eq_4 1.3121390342712402 n2_l1_affine_eq_5 2.7858872413635254
    x_39 n2_l1_affine_eq_6 -0.48766621947288513 n2_l1_affine_eq_7 -0.04598047956824303
    x_39 n2_l1_affine_eq_8 0.10771172493696213 n2_l1_affine_eq_9 0.4050908386707306
    x_39 n2_l1_affine_eq_10 1.3536574840545654 n2_l1_affine_eq_11 0.4043945074081421
    x_39 n2_l1_affine_eq_12 -0.7091749310493469 n2_l1_affine_eq_13 0.16966548562049866
    x_39 n2_l1_affine_eq_14 1.0160021781921387 n2_l1_affine_eq_15 0.15457729995250702
    x_39 n2_l1_affine_eq_16 0.009952627122402191 n2_l1_affine_eq_17 0.7276856303215027
    x_39 n2_l1_affine_eq_18 -0.37991422414779663 n2_l1_affine_eq_19 -0.5055729150772095
    x_39 n2_l1_affine_eq_20 0.06700831651687622 n2_l1_affine_eq_21 0.011296621523797512
    x_39 n2_l1_affine_eq_22 1.0451076030731201 n2_l1_affine_eq_23 0.2866367995738983
    x_39 n2_l1_affine_eq_24 -0.2511037290096283 n2_l1_affine_eq_25 0.004190295934677124
    x_39 n2_l1_affine_eq_26 0.9081721305847168 n2_l1_affine_eq_27 0.7080239653587341
    x_39 n2_l1_affine_eq_28 -0.5246649980545044 n2_l1_affine_eq_29 -0.2178424596786499
    x_39 n2_l1_affine_eq_30 0.011720811948180199 n2_l1_affine_eq_31 -0.8093374967575073
    x_39 n2_l1_affine_eq_32 -0.9929248690605164 n2_l1_affine_eq_33 -0.6620771288871765
    x_39 n2_l1_affine_eq_34 -1.2101839780807495 n2_l1_affine_eq_35 -0.4463520348072052
    x_39 n2_l1_affine_eq_36 0.030545974150300026 n2_l1_affine_eq_37 -0.46250125765800476
    x_39 n2_l1_affine_eq_38 -0.890802800655365 n2_l1_affine_eq_39 1.17402982711792
    x_40 n1_l1_affine_eq_0 -0.6942545771598816 n1_l1_affine_eq_1 -0.3346193730831146
    x_40 n1_l1_affine_eq_2 -0.5030697584152222 n1_l1_affine_eq_3 0.4623053967952728
    x_40 n1_l1_affine_eq_4 -0.06285005062818527 n1_l1_affine_eq_5 -0.23950190842151642
    x_40 n1_l1_affine_eq_6 0.08517753332853317 n1_l1_affine_eq_7 0.05160204693675041
    x_40 n1_l1_affine_eq_8 0.24494753777980804 n1_l1_affine_eq_9 -0.12270887196063995
    x_40 n1_l1_affine_eq_10 -0.26758506894111633 n1_l1_affine_eq_11 -0.41672396659851074
    x_40 n1_l1_affine_eq_12 -0.6545252799987793 n1_l1_affine_eq_13 0.27952641248703003
    x_40 n1_l1_affine_eq_14 -0.09794510900974274 n1_l1_affine_eq_15 -0.4103182852268219
    x_40 n1_l1_affine_eq_16 -0.24163103103637695 n1_l1_affine_eq_17 -0.24111394584178925
    x_40 n1_l1_affine_eq_18 -0.4199514389038086 n1_l1_affine_eq_19 -0.2453165203332901
    x_40 n1_l1_affine_eq_20 -0.10959264636039734 n1_l1_affine_eq_21 -0.028406541794538498
    x_40 n1_l1_affine_eq_22 -0.03378919139504433 n1_l1_affine_eq_23 -0.24305759370326996
    x_40 n1_l1_affine_eq_24 -0.14595188200473785 n1_l1_affine_eq_25 -0.0327698178589344
    x_40 n1_l1_affine_eq_26 0.22030091285705566 n1_l1_affine_eq_27 0.10698764771223068
    x_40 n1_l1_affine_eq_28 -0.42039480805397034 n1_l1_affine_eq_29 0.11541368067264557
    x_40 n1_l1_affine_eq_30 -0.13013774156570435 n1_l1_affine_eq_31 0.6256656646728516
    x_40 n1_l1_affine_eq_32 -0.4554782509803772 n1_l1_affine_eq_33 0.03781023249030113
    x_40 n1_l1_affine_eq_34 0.26717448234558105 n1_l1_affine_eq_35 -0.27945661544799805
    x_40 n1_l1_affine_eq_36 0.17097997665405273 n1_l1_affine_eq_37 0.15337462723255157
    x_40 n1_l1_affine_eq_38 -0.0032734943088144064 n1_l1_affine_eq_39 -0.45033594965934753
    x_40 n1_l1_affine_eq_40 0.17066824436187744 n1_l1_affine_eq_41 -0.39568766951560974
    x_40 n1_l1_affine_eq_42 0.4634190499782562 n1_l1_affine_eq_43 0.12459117919206619
    x_40 n1_l1_affine_eq_44 -0.26571395993232727 n1_l1_affine_eq_45 0.4982309937477112
    x_40 n1_l1_affine_eq_46 0.14117048680782318 n1_l1_affine_eq_47 -0.4361030161380768
    x_40 n1_l1_affine_eq_48 -0.17822577059268951 n1_l1_affine_eq_49 -0.21103239059448242
    x_40 n1_l1_affine_eq_50 -0.4450077712535858 n1_l1_affine_eq_51 0.1802513152360916
    x_40 n1_l1_affine_eq_52 0.3073855936527252 n1_l1_affine_eq_53 0.2988307476043701
    x_40 n1_l1_affine_eq_54 0.4290778338909149 n1_l1_affine_eq_55 0.13951639831066132
    x_40 n1_l1_affine_eq_56 0.19053985178470612 n1_l1_affine_eq_57 0.0016896278830245137
    x_40 n1_l1_affine_eq_58 0.2592673897743225 n1_l1_affine_eq_59 0.10968372970819473
    x_40 n1_l1_affine_eq_60 -0.18325386941432953 n1_l1_affine_eq_61 0.0017533032223582268
    x_40 n1_l1_affine_eq_62 0.019833022728562355 n1_l1_affine_eq_63 0.022302476689219475
    x_40 n1_l1_affine_eq_64 -0.06075863167643547 n1_l1_affine_eq_65 0.288812518119812
    x_40 n1_l1_affine_eq_66 -0.06881847232580185 n1_l1_affine_eq_67 -0.010795945301651955
    x_40 n1_l1_affine_eq_68 -0.44690370559692383 n1_l1_affine_eq_69 0.3926631212234497
    x_40 n1_l1_affine_eq_70 0.013693983666598797 n1_l1_affine_eq_71 -0.21677762269973755
    x_40 n1_l1_affine_eq_72 0.07301171869039536 n1_l1_affine_eq_73 -0.016878340393304825
    x_40 n1_l1_affine_eq_74 0.3883211612701416 n1_l1_affine_eq_75 0.6598550081253052
    x_40 n1_l1_affine_eq_76 0.6864379644393921 n1_l1_affine_eq_77 -0.3749611973762512
    x_40 n1_l1_affine_eq_78 0.025463584810495377 n1_l1_affine_eq_79 -0.535832941532135
    x_40 n1_l1_affine_eq_80 -0.035386599600315094 n1_l1_affine_eq_81 0.5018705129623413
    x_40 n1_l1_affine_eq_82 0.1166219562292099 n1_l1_affine_eq_83 -0.3530806601047516
    x_40 n1_l1_affine_eq_84 -0.13241282105445862 n1_l1_affine_eq_85 -0.5852444767951965
    x_40 n1_l1_affine_eq_86 0.6320868730545044 n1_l1_affine_eq_87 -0.1486532837152481
    x_40 n1_l1_affine_eq_88 -0.13193301856517792 n1_l1_affine_eq_89 -0.27545166015625
    x_40 n1_l1_affine_eq_90 0.20569339394569397 n1_l1_affine_eq_91 0.5058225989341736
    x_40 n1_l1_affine_eq_92 -0.053561169654130936 n1_l1_affine_eq_93 -0.2242557853460312
    x_40 n1_l1_affine_eq_94 -0.11453688889741898 n1_l1_affine_eq_95 -0.028779616579413414
    x_40 n1_l1_affine_eq_96 -0.456084281206131 n1_l1_affine_eq_97 -0.38602402806282043
    x_40 n1_l1_affine_eq_98 -0.12405747175216675 n1_l1_affine_eq_99 -0.17780888080596924
    x_40 n2_l1_affine_eq_0 0.11695022135972977 n2_l1_affine_eq_1 -0.7691336870193481
    x_40 n2_l1_affine_eq_2 -0.010412056930363178 n2_l1_affine_eq_3 -0.0035992662888020277
    x_40 n2_l1_affine_eq_4 -0.947166383266449 n2_l1_affine_eq_5 0.45197731256484985
    x_40 n2_l1_affine_eq_6 -1.4330943822860718 n2_l1_affine_eq_7 -0.8068304061889648
    x_40 n2_l1_affine_eq_8 0.11374953389167786 n2_l1_affine_eq_9 -0.0635218545794487
    x_40 n2_l1_affine_eq_10 0.4116162955760956 n2_l1_affine_eq_11 -0.6772879958152771
    x_40 n2_l1_affine_eq_12 -0.9322035312652588 n2_l1_affine_eq_13 -0.33647608757019043
    x_40 n2_l1_affine_eq_14 2.057520627975464 n2_l1_affine_eq_15 -0.6771923899650574
    x_40 n2_l1_affine_eq_16 0.36223140358924866 n2_l1_affine_eq_17 0.17256946861743927
    x_40 n2_l1_affine_eq_18 -0.14544786512851715 n2_l1_affine_eq_19 0.7396243810653687
    x_40 n2_l1_affine_eq_20 -1.3663707971572876 n2_l1_affine_eq_21 -0.7832731008529663
    x_40 n2_l1_affine_eq_22 2.3874588012695312 n2_l1_affine_eq_23 0.6910931468009949
    x_40 n2_l1_affine_eq_24 0.12231697142124176 n2_l1_affine_eq_25 -0.03446680307388306
    x_40 n2_l1_affine_eq_26 0.41741350293159485 n2_l1_affine_eq_27 0.4765109419822693
    x_40 n2_l1_affine_eq_28 0.6337619423866272 n2_l1_affine_eq_29 -0.05853733792901039
    x_40 n2_l1_affine_eq_30 -0.9420502781867981 n2_l1_affine_eq_31 0.16650623083114624
    x_40 n2_l1_affine_eq_32 -0.6249626874923706 n2_l1_affine_eq_33 -0.982816755771637
    x_40 n2_l1_affine_eq_34 -0.9698567986488342 n2_l1_affine_eq_35 -0.13234958052635193
    x_40 n2_l1_affine_eq_36 -0.6440073251724243 n2_l1_affine_eq_37 0.29272425174713135
    x_40 n2_l1_affine_eq_38 -1.1139603853225708 n2_l1_affine_eq_39 1.2414714097976685
    x_41 n1_l1_affine_eq_0 0.055470362305641174 n1_l1_affine_eq_1 -0.07673472911119461
    x_41 n1_l1_affine_eq_2 -0.09006001800298691 n1_l1_affine_eq_3 -0.0001624144206289202
    x_41 n1_l1_affine_eq_4 0.7031673192977905 n1_l1_affine_eq_5 -0.1416166126728058
    x_41 n1_l1_affine_eq_6 -0.16502153873443604 n1_l1_affine_eq_7 0.1611264944076538
    x_41 n1_l1_affine_eq_8 0.34222832322120667 n1_l1_affine_eq_9 -0.3373214900493622
    x_41 n1_l1_affine_eq_10 -0.22756163775920868 n1_l1_affine_eq_11 -0.1628803014755249
    x_41 n1_l1_affine_eq_12 -0.10274900496006012 n1_l1_affine_eq_13 0.30093804001808167
    x_41 n1_l1_affine_eq_14 -0.1731007695198059 n1_l1_affine_eq_15 -0.1345873773097992
    x_41 n1_l1_affine_eq_16 -0.21880300343036652 n1_l1_affine_eq_17 -0.30706730484962463
    x_41 n1_l1_affine_eq_18 0.6388117671012878 n1_l1_affine_eq_19 0.03224579617381096
    x_41 n1_l1_affine_eq_20 0.13075020909309387 n1_l1_affine_eq_21 -0.1696045845746994
    x_41 n1_l1_affine_eq_22 0.1316453367471695 n1_l1_affine_eq_23 -0.031126718968153
    x_41 n1_l1_affine_eq_24 -0.2078443020582199 n1_l1_affine_eq_25 0.011883922852575779
    x_41 n1_l1_affine_eq_26 0.6764967441558838 n1_l1_affine_eq_27 -0.028386009857058525
    x_41 n1_l1_affine_eq_28 -0.36117711663246155 n1_l1_affine_eq_29 -0.0014691062970086932
    x_41 n1_l1_affine_eq_30 -0.11427231878042221 n1_l1_affine_eq_31 -0.13513405621051788
    x_41 n1_l1_affine_eq_32 0.23785321414470673 n1_l1_affine_eq_33 -0.26534852385520935
    x_41 n1_l1_affine_eq_34 -0.2004522681236267 n1_l1_affine_eq_35 0.05356091633439064
    x_41 n1_l1_affine_eq_36 0.04115059971809387 n1_l1_affine_eq_37 0.36099252104759216
    x_41 n1_l1_affine_eq_38 0.10917811840772629 n1_l1_affine_eq_39 -0.0770307406783104
    x_41 n1_l1_affine_eq_40 0.03962765261530876 n1_l1_affine_eq_41 -0.33147671818733215
    x_41 n1_l1_affine_eq_42 0.018549980595707893 n1_l1_affine_eq_43 0.006377485115081072
    x_41 n1_l1_affine_eq_44 0.10876454412937164 n1_l1_affine_eq_45 0.37391799688339233
    x_41 n1_l1_affine_eq_46 -0.14904478192329407 n1_l1_affine_eq_47 -0.10783795267343521
    x_41 n1_l1_affine_eq_48 -0.012191422283649445 n1_l1_affine_eq_49 -0.08868212252855301
    x_41 n1_l1_affine_eq_50 0.07891076803207397 n1_l1_affine_eq_51 0.004220190923660994
    x_41 n1_l1_affine_eq_52 0.1276869922876358 n1_l1_affine_eq_53 0.11163178086280823
    x_41 n1_l1_affine_eq_54 0.3741430640220642 n1_l1_affine_eq_55 0.33071500062942505
    x_41 n1_l1_affine_eq_56 0.2223498821258545 n1_l1_affine_eq_57 -0.014738372527062893
    x_41 n1_l1_affine_eq_58 0.009381158277392387 n1_l1_affine_eq_59 -0.08376085758209229
    x_41 n1_l1_affine_eq_60 0.029551299288868904 n1_l1_affine_eq_61 0.025544647127389908
    x_41 n1_l1_affine_eq_62 0.18128922581672668 n1_l1_affine_eq_63 0.0423223152756691
    x_41 n1_l1_affine_eq_64 0.301826536655426 n1_l1_affine_eq_65 0.31929269433021545
    x_41 n1_l1_affine_eq_66 -0.14749106764793396 n1_l1_affine_eq_67 -0.11874240636825562
    x_41 n1_l1_affine_eq_68 -0.3901730477809906 n1_l1_affine_eq_69 0.12052503973245621
    x_41 n1_l1_affine_eq_70 -0.15400245785713196 n1_l1_affine_eq_71 0.024166632443666458
    x_41 n1_l1_affine_eq_72 0.15145698189735413 n1_l1_affine_eq_73 0.1430203765630722
    x_41 n1_l1_affine_eq_74 0.36764439940452576 n1_l1_affine_eq_75 -0.1195373684167862
    x_41 n1_l1_affine_eq_76 -0.17727047204971313 n1_l1_affine_eq_77 -0.19636040925979614
    x_41 n1_l1_affine_eq_78 -0.17184023559093475 n1_l1_affine_eq_79 0.4295042157173157
    x_41 n1_l1_affine_eq_80 -0.019767604768276215 n1_l1_affine_eq_81 0.35443395376205444
    x_41 n1_l1_affine_eq_82 -0.3862520456314087 n1_l1_affine_eq_83 0.15946514904499054
    x_41 n1_l1_affine_eq_84 0.01886739768087864 n1_l1_affine_eq_85 -0.13966356217861176
    x_41 n1_l1_affine_eq_86 0.15058331191539764 n1_l1_affine_eq_87 -0.03894855082035065
    x_41 n1_l1_affine_eq_88 0.7016504406929016 n1_l1_affine_eq_89 -0.32989540696144104
    x_41 n1_l1_affine_eq_90 0.014311392791569233 n1_l1_affine_eq_91 0.3365045189857483
    x_41 n1_l1_affine_eq_92 -0.18352903425693512 n1_l1_affine_eq_93 0.08419954776763916
    x_41 n1_l1_affine_eq_94 0.1300332397222519 n1_l1_affine_eq_95 -0.1690344214439392
    x_41 n1_l1_affine_eq_96 -0.20393991470336914 n1_l1_affine_eq_97 -0.1617938131093979
    x_41 n1_l1_affine_eq_98 -0.09419400244951248 n1_l1_affine_eq_99 -0.27972644567489624
    x_41 n2_l1_affine_eq_0 0.3707955479621887 n2_l1_affine_eq_1 -0.46169722080230713
    x_41 n2_l1_affine_eq_2 -0.3176250159740448 n2_l1_affine_eq_3 -0.28249391913414
    x_41 n2_l1_affine_eq_4 -0.2726486623287201 n2_l1_affine_eq_5 0.12199730426073074
    x_41 n2_l1_affine_eq_6 0.3221376836299896 n2_l1_affine_eq_7 -0.11423857510089874
    x_41 n2_l1_affine_eq_8 -0.31949788331985474 n2_l1_affine_eq_9 0.3894573748111725
    x_41 n2_l1_affine_eq_10 0.16371600329875946 n2_l1_affine_eq_11 0.09520189464092255
    x_41 n2_l1_affine_eq_12 0.24356932938098907 n2_l1_affine_eq_13 0.1382865607738495
    x_41 n2_l1_affine_eq_14 -0.14417557418346405 n2_l1_affine_eq_15 0.32012972235679626
    x_41 n2_l1_affine_eq_16 1.3626190423965454 n2_l1_affine_eq_17 0.18060150742530823
    x_41 n2_l1_affine_eq_18 0.27386748790740967 n2_l1_affine_eq_19 -0.22414517402648926
    x_41 n2_l1_affine_eq_20 1.6270562410354614 n2_l1_affine_eq_21 0.600898027420044
    x_41 n2_l1_affine_eq_22 0.34077268838882446 n2_l1_affine_eq_23 0.15294493734836578
    x_41 n2_l1_affine_eq_24 -0.18217620253562927 n2_l1_affine_eq_25 0.06612446904182434
    x_41 n2_l1_affine_eq_26 1.039695143699646 n2_l1_affine_eq_27 0.019143754616379738
    x_41 n2_l1_affine_eq_28 -0.09089146554470062 n2_l1_affine_eq_29 0.42132699489593506
    x_41 n2_l1_affine_eq_30 0.05509926751255989 n2_l1_affine_eq_31 1.0038143396377563
    x_41 n2_l1_affine_eq_32 -0.08803359419107437 n2_l1_affine_eq_33 -0.35103294253349304
    x_41 n2_l1_affine_eq_34 -0.5561413764953613 n2_l1_affine_eq_35 0.1823521852493286
    x_41 n2_l1_affine_eq_36 0.06698346138000488 n2_l1_affine_eq_37 -0.3095438778400421
    x_41 n2_l1_affine_eq_38 -0.9960080981254578 n2_l1_affine_eq_39 0.2970286011695862
    x_42 n1_l1_affine_eq_0 0.38355663418769836 n1_l1_affine_eq_1 -0.24547503888607025
    x_42 n1_l1_affine_eq_2 -0.005542044527828693 n1_l1_affine_eq_3 -0.35103118419647217
    x_42 n1_l1_affine_eq_4 0.15118202567100525 n1_l1_affine_eq_5 -0.2581135034561157
    x_42 n1_l1_affine_eq_6 0.046054188162088394 n1_l1_affine_eq_7 -0.03414246439933777
    x_42 n1_l1_affine_eq_8 0.2822677493095398 n1_l1_affine_eq_9 -0.27462562918663025
    x_42 n1_l1_affine_eq_10 0.2495434433221817 n1_l1_affine_eq_11 -0.40757378935813904
    x_42 n1_l1_affine_eq_12 0.040547970682382584 n1_l1_affine_eq_13 -0.12979444861412048
    x_42 n1_l1_affine_eq_14 -0.1064286157488823 n1_l1_affine_eq_15 -0.04265948385000229
    x_42 n1_l1_affine_eq_16 0.15597079694271088 n1_l1_affine_eq_17 -0.26058265566825867
    x_42 n1_l1_affine_eq_18 0.9391791224479675 n1_l1_affine_eq_19 0.23611217737197876
    x_42 n1_l1_affine_eq_20 -0.22663533687591553 n1_l1_affine_eq_21 0.37655767798423767
    x_42 n1_l1_affine_eq_22 0.3076695203781128 n1_l1_affine_eq_23 -0.24080392718315125
    x_42 n1_l1_affine_eq_24 0.07822861522436142 n1_l1_affine_eq_25 0.16618552803993225
    x_42 n1_l1_affine_eq_26 0.09531400352716446 n1_l1_affine_eq_27 -0.13621456921100616
    x_42 n1_l1_affine_eq_28 0.10814034193754196 n1_l1_affine_eq_29 -0.10632725805044174
    x_42 n1_l1_affine_eq_30 -0.017688235267996788 n1_l1_affine_eq_31 -0.43153274059295654
    x_42 n1_l1_affine_eq_32 0.20371463894844055 n1_l1_affine_eq_33 -0.05522356927394867
    x_42 n1_l1_affine_eq_34 0.027640273794531822 n1_l1_affine_eq_35 0.21511392295360565
    x_42 n1_l1_affine_eq_36 0.20065471529960632 n1_l1_affine_eq_37 -0.3127433657646179
    x_42 n1_l1_affine_eq_38 -0.05370296910405159 n1_l1_affine_eq_39 0.056051116436719894
    x_42 n1_l1_affine_eq_40 0.08337835222482681 n1_l1_affine_eq_41 -0.14759749174118042
    x_42 n1_l1_affine_eq_42 -0.182729110121727 n1_l1_affine_eq_43 -0.05464586615562439
    x_42 n1_l1_affine_eq_44 -0.049193382263183594 n1_l1_affine_eq_45 -0.09419285506010056
    x_42 n1_l1_affine_eq_46 -0.09874635934829712 n1_l1_affine_eq_47 -0.06080460548400879
    x_42 n1_l1_affine_eq_48 0.023592334240674973 n1_l1_affine_eq_49 0.39181333780288696
    x_42 n1_l1_affine_eq_50 0.4621906876564026 n1_l1_affine_eq_51 -0.2098975032567978
    x_42 n1_l1_affine_eq_52 0.18683016300201416 n1_l1_affine_eq_53 -0.12751983106136322
    x_42 n1_l1_affine_eq_54 0.5720347762107849 n1_l1_affine_eq_55 0.3397175967693329
    x_42 n1_l1_affine_eq_56 0.3649349808692932 n1_l1_affine_eq_57 -0.058398280292749405
    x_42 n1_l1_affine_eq_58 -0.11077909916639328 n1_l1_affine_eq_59 0.06768610328435898
    x_42 n1_l1_affine_eq_60 0.019645709544420242 n1_l1_affine_eq_61 -0.20873641967773438
    x_42 n1_l1_affine_eq_62 -0.011045847088098526 n1_l1_affine_eq_63 0.04710570350289345
    x_42 n1_l1_affine_eq_64 0.05445917695760727 n1_l1_affine_eq_65 0.1252088099718094
    x_42 n1_l1_affine_eq_66 -0.02264958620071411 n1_l1_affine_eq_67 -0.07286375015974045
    x_42 n1_l1_affine_eq_68 -0.15853393077850342 n1_l1_affine_eq_69 0.008145266212522984
    x_42 n1_l1_affine_eq_70 0.4079534411430359 n1_l1_affine_eq_71 -0.007335778325796127
    x_42 n1_l1_affine_eq_72 0.32596346735954285 n1_l1_affine_eq_73 -0.09453129023313522
    x_42 n1_l1_affine_eq_74 0.07071806490421295 n1_l1_affine_eq_75 -0.04734078049659729
    x_42 n1_l1_affine_eq_76 -0.07305531948804855 n1_l1_affine_eq_77 0.2847477197647095
    x_42 n1_l1_affine_eq_78 -0.09855509549379349 n1_l1_affine_eq_79 0.1549714058637619
    x_42 n1_l1_affine_eq_80 -0.07547514140605927 n1_l1_affine_eq_81 -0.007815220393240452
    x_42 n1_l1_affine_eq_82 -0.37476229667663574 n1_l1_affine_eq_83 0.12472226470708847
    x_42 n1_l1_affine_eq_84 0.16007114946842194 n1_l1_affine_eq_85 -0.16671550273895264
    x_42 n1_l1_affine_eq_86 -0.24458736181259155 n1_l1_affine_eq_87 0.013684973120689392
    x_42 n1_l1_affine_eq_88 -0.24285858869552612 n1_l1_affine_eq_89 -0.15435709059238434
    x_42 n1_l1_affine_eq_90 0.09054185450077057 n1_l1_affine_eq_91 -0.11485514044761658
    x_42 n1_l1_affine_eq_92 -0.06707630306482315 n1_l1_affine_eq_93 -0.02690829709172249
    x_42 n1_l1_affine_eq_94 -0.20741026103496552 n1_l1_affine_eq_95 0.025151247158646584
    x_42 n1_l1_affine_eq_96 -0.021605880931019783 n1_l1_affine_eq_97 0.12515850365161896
    x_42 n1_l1_affine_eq_98 0.18997523188591003 n1_l1_affine_eq_99 0.034644242376089096
    x_42 n2_l1_affine_eq_0 0.32628127932548523 n2_l1_affine_eq_1 -0.35615450143814087
    x_42 n2_l1_affine_eq_2 -0.5014410018920898 n2_l1_affine_eq_3 0.2695997655391693
    x_42 n2_l1_affine_eq_4 0.7359566688537598 n2_l1_affine_eq_5 0.11894533783197403
    x_42 n2_l1_affine_eq_6 0.10526131838560104 n2_l1_affine_eq_7 -0.5173906683921814
    x_42 n2_l1_affine_eq_8 -0.15860508382320404 n2_l1_affine_eq_9 0.5981433987617493
    x_42 n2_l1_affine_eq_10 -0.13422676920890808 n2_l1_affine_eq_11 1.2864502668380737
    x_42 n2_l1_affine_eq_12 -0.05664334446191788 n2_l1_affine_eq_13 0.35482022166252136
    x_42 n2_l1_affine_eq_14 -0.2543407380580902 n2_l1_affine_eq_15 0.12580016255378723
    x_42 n2_l1_affine_eq_16 0.26758095622062683 n2_l1_affine_eq_17 -0.49702632427215576
    x_42 n2_l1_affine_eq_18 0.023358166217803955 n2_l1_affine_eq_19 -0.19169747829437256
    x_42 n2_l1_affine_eq_20 1.7430367469787598 n2_l1_affine_eq_21 1.2117102146148682
    x_42 n2_l1_affine_eq_22 0.975263774394989 n2_l1_affine_eq_23 -0.25486695766448975
    x_42 n2_l1_affine_eq_24 -0.13104942440986633 n2_l1_affine_eq_25 0.20112396776676178
    x_42 n2_l1_affine_eq_26 0.2277100533246994 n2_l1_affine_eq_27 0.30950334668159485
    x_42 n2_l1_affine_eq_28 -0.08953608572483063 n2_l1_affine_eq_29 -0.23932711780071259
    x_42 n2_l1_affine_eq_30 0.5459001064300537 n2_l1_affine_eq_31 0.5751694440841675
    x_42 n2_l1_affine_eq_32 0.3332868218421936 n2_l1_affine_eq_33 -0.3755934536457062
    x_42 n2_l1_affine_eq_34 -0.3990246057510376 n2_l1_affine_eq_35 -0.035769619047641754
    x_42 n2_l1_affine_eq_36 0.21252623200416565 n2_l1_affine_eq_37 0.08843006193637848
    x_42 n2_l1_affine_eq_38 -0.4899194538593292 n2_l1_affine_eq_39 -0.23999962210655212
    x_43 n1_l1_affine_eq_0 0.4182645380496979 n1_l1_affine_eq_1 -0.2180166095495224
    x_43 n1_l1_affine_eq_2 0.10262498259544373 n1_l1_affine_eq_3 0.2614658772945404
    x_43 n1_l1_affine_eq_4 -0.5224267840385437 n1_l1_affine_eq_5 0.12236301600933075
    x_43 n1_l1_affine_eq_6 0.10563120990991592 n1_l1_affine_eq_7 -0.26678043603897095
    x_43 n1_l1_affine_eq_8 -0.4140980839729309 n1_l1_affine_eq_9 -0.16392715275287628
    x_43 n1_l1_affine_eq_10 -0.14847277104854584 n1_l1_affine_eq_11 -0.3208245635032654
    x_43 n1_l1_affine_eq_12 0.019306674599647522 n1_l1_affine_eq_13 -0.027897072955965996
    x_43 n1_l1_affine_eq_14 0.08614900708198547 n1_l1_affine_eq_15 0.32690712809562683
    x_43 n1_l1_affine_eq_16 0.36220353841781616 n1_l1_affine_eq_17 0.1928398609161377
    x_43 n1_l1_affine_eq_18 0.5842978954315186 n1_l1_affine_eq_19 0.3370227813720703
    x_43 n1_l1_affine_eq_20 -0.0995197594165802 n1_l1_affine_eq_21 0.12483987957239151
    x_43 n1_l1_affine_eq_22 -0.2122645229101181 n1_l1_affine_eq_23 -0.13411131501197815
    x_43 n1_l1_affine_eq_24 0.270184189081192 n1_l1_affine_eq_25 -0.12746642529964447
    x_43 n1_l1_affine_eq_26 -0.24056369066238403 n1_l1_affine_eq_27 0.15669609606266022
    x_43 n1_l1_affine_eq_28 0.08201347291469574 n1_l1_affine_eq_29 0.10092434287071228
    x_43 n1_l1_affine_eq_30 -0.16214114427566528 n1_l1_affine_eq_31 0.04578306898474693
    x_43 n1_l1_affine_eq_32 0.11073241382837296 n1_l1_affine_eq_33 0.08884687721729279
    x_43 n1_l1_affine_eq_34 0.010794009082019329 n1_l1_affine_eq_35 0.44794225692749023
    x_43 n1_l1_affine_eq_36 -0.1926533430814743 n1_l1_affine_eq_37 0.03150317072868347
    x_43 n1_l1_affine_eq_38 0.06651267409324646 n1_l1_affine_eq_39 0.09589231759309769
    x_43 n1_l1_affine_eq_40 0.12508028745651245 n1_l1_affine_eq_41 -0.04146724194288254
    x_43 n1_l1_affine_eq_42 -0.18095627427101135 n1_l1_affine_eq_43 0.08979663252830505
    x_43 n1_l1_affine_eq_44 0.14584046602249146 n1_l1_affine_eq_45 -0.20740558207035065
    x_43 n1_l1_affine_eq_46 0.22077512741088867 n1_l1_affine_eq_47 0.3305743634700775
    x_43 n1_l1_affine_eq_48 -0.11287412792444229 n1_l1_affine_eq_49 0.15362681448459625
    x_43 n1_l1_affine_eq_50 0.1793973743915558 n1_l1_affine_eq_51 0.008235147222876549
    x_43 n1_l1_affine_eq_52 -0.1318618506193161 n1_l1_affine_eq_53 0.04413178935647011
    x_43 n1_l1_affine_eq_54 0.2185569852590561 n1_l1_affine_eq_55 -0.26406750082969666
    x_43 n1_l1_affine_eq_56 0.05113448575139046 n1_l1_affine_eq_57 -0.0967227891087532
    x_43 n1_l1_affine_eq_58 -0.21017509698867798 n1_l1_affine_eq_59 0.07548254728317261
    x_43 n1_l1_affine_eq_60 0.04443926736712456 n1_l1_affine_eq_61 -0.024363376200199127
    x_43 n1_l1_affine_eq_62 0.20123529434204102 n1_l1_affine_eq_63 -0.012897423468530178
    x_43 n1_l1_affine_eq_64 -0.18967682123184204 n1_l1_affine_eq_65 -0.043393418192863464
    x_43 n1_l1_affine_eq_66 0.06854665279388428 n1_l1_affine_eq_67 0.32902419567108154
    x_43 n1_l1_affine_eq_68 0.18307776749134064 n1_l1_affine_eq_69 0.23896126449108124
    x_43 n1_l1_affine_eq_70 0.24128477275371552 n1_l1_affine_eq_71 0.06733609735965729
    x_43 n1_l1_affine_eq_72 0.23780383169651031 n1_l1_affine_eq_73 -0.07107332348823547
    x_43 n1_l1_affine_eq_74 -0.16400596499443054 n1_l1_affine_eq_75 0.06486942619085312
    x_43 n1_l1_affine_eq_76 0.03355119377374649 n1_l1_affine_eq_77 0.19347679615020752
    x_43 n1_l1_affine_eq_78 -0.10329509526491165 n1_l1_affine_eq_79 -0.3735799789428711
    x_43 n1_l1_affine_eq_80 0.12425364553928375 n1_l1_affine_eq_81 -0.07049138098955154
    x_43 n1_l1_affine_eq_82 -0.27530303597450256 n1_l1_affine_eq_83 -0.14497894048690796
    x_43 n1_l1_affine_eq_84 -0.16647017002105713 n1_l1_affine_eq_85 0.23442867398262024
    x_43 n1_l1_affine_eq_86 0.3764747977256775 n1_l1_affine_eq_87 0.18756912648677826
    x_43 n1_l1_affine_eq_88 -0.25750932097435 n1_l1_affine_eq_89 0.09932263940572739
    x_43 n1_l1_affine_eq_90 0.058431632816791534 n1_l1_affine_eq_91 -0.05550223961472511
    x_43 n1_l1_affine_eq_92 -0.026010259985923767 n1_l1_affine_eq_93 0.1571183055639267
    x_43 n1_l1_affine_eq_94 0.004628673195838928 n1_l1_affine_eq_95 0.026521988213062286
    x_43 n1_l1_affine_eq_96 -0.07030830532312393 n1_l1_affine_eq_97 0.012342695146799088
    x_43 n1_l1_affine_eq_98 0.18445318937301636 n1_l1_affine_eq_99 -0.16331329941749573
    x_43 n2_l1_affine_eq_0 -0.19528736174106598 n2_l1_affine_eq_1 0.3134986162185669
    x_43 n2_l1_affine_eq_2 0.38686347007751465 n2_l1_affine_eq_3 0.08619969338178635
    x_43 n2_l1_affine_eq_4 0.8231510519981384 n2_l1_affine_eq_5 -0.05604346841573715
    x_43 n2_l1_affine_eq_6 -0.2606933116912842 n2_l1_affine_eq_7 -0.30210545659065247
    x_43 n2_l1_affine_eq_8 -0.1651267558336258 n2_l1_affine_eq_9 0.2342749834060669
    x_43 n2_l1_affine_eq_10 -0.3529064953327179 n2_l1_affine_eq_11 0.6393730044364929
    x_43 n2_l1_affine_eq_12 -0.14292573928833008 n2_l1_affine_eq_13 0.30747535824775696
    x_43 n2_l1_affine_eq_14 -0.3405454158782959 n2_l1_affine_eq_15 0.14574304223060608
    x_43 n2_l1_affine_eq_16 -0.5647439360618591 n2_l1_affine_eq_17 0.35140660405158997
    x_43 n2_l1_affine_eq_18 -0.06643719971179962 n2_l1_affine_eq_19 0.22156603634357452
    x_43 n2_l1_affine_eq_20 1.1431074142456055 n2_l1_affine_eq_21 1.2010010480880737
    x_43 n2_l1_affine_eq_22 -0.3448617160320282 n2_l1_affine_eq_23 0.06401627510786057
    x_43 n2_l1_affine_eq_24 0.4123779833316803 n2_l1_affine_eq_25 0.008179070428013802
    x_43 n2_l1_affine_eq_26 0.2800266146659851 n2_l1_affine_eq_27 -0.2288210690021515
    x_43 n2_l1_affine_eq_28 -0.42339614033699036 n2_l1_affine_eq_29 0.12521284818649292
    x_43 n2_l1_affine_eq_30 0.2583525776863098 n2_l1_affine_eq_31 -0.5168972015380859
    x_43 n2_l1_affine_eq_32 0.8629855513572693 n2_l1_affine_eq_33 -0.17443439364433289
    x_43 n2_l1_affine_eq_34 -0.16604091227054596 n2_l1_affine_eq_35 0.047716930508613586
    x_43 n2_l1_affine_eq_36 -0.009588850662112236 n2_l1_affine_eq_37 -0.05463486909866333
    x_43 n2_l1_affine_eq_38 0.24230654537677765 n2_l1_affine_eq_39 -0.08268949389457703
    x_44 n1_l1_affine_eq_0 0.2796637713909149 n1_l1_affine_eq_1 -0.1214166060090065
    x_44 n1_l1_affine_eq_2 -0.06845754384994507 n1_l1_affine_eq_3 0.18417368829250336
    x_44 n1_l1_affine_eq_4 0.04168018698692322 n1_l1_affine_eq_5 0.21789155900478363
    x_44 n1_l1_affine_eq_6 0.07654360681772232 n1_l1_affine_eq_7 0.1140829399228096
    x_44 n1_l1_affine_eq_8 0.42903655767440796 n1_l1_affine_eq_9 -0.28384876251220703
    x_44 n1_l1_affine_eq_10 -0.039227236062288284 n1_l1_affine_eq_11 -0.13909973204135895
    x_44 n1_l1_affine_eq_12 -0.20759446918964386 n1_l1_affine_eq_13 0.1610843688249588
    x_44 n1_l1_affine_eq_14 -0.2107885330915451 n1_l1_affine_eq_15 -0.08115316927433014
    x_44 n1_l1_affine_eq_16 0.01703316532075405 n1_l1_affine_eq_17 -0.15997277200222015
    x_44 n1_l1_affine_eq_18 0.1833103597164154 n1_l1_affine_eq_19 -0.13316991925239563
    x_44 n1_l1_affine_eq_20 -0.06486347317695618 n1_l1_affine_eq_21 -0.1114695817232132
    x_44 n1_l1_affine_eq_22 -0.2561313807964325 n1_l1_affine_eq_23 0.02037062495946884
    x_44 n1_l1_affine_eq_24 -0.27936241030693054 n1_l1_affine_eq_25 0.09610205143690109
    x_44 n1_l1_affine_eq_26 -0.2276860624551773 n1_l1_affine_eq_27 0.00987651851028204
    x_44 n1_l1_affine_eq_28 -0.002333963755518198 n1_l1_affine_eq_29 0.17831164598464966
    x_44 n1_l1_affine_eq_30 0.049020878970623016 n1_l1_affine_eq_31 0.3327358067035675
    x_44 n1_l1_affine_eq_32 -0.06850828230381012 n1_l1_affine_eq_33 0.22658677399158478
    x_44 n1_l1_affine_eq_34 0.013349824585020542 n1_l1_affine_eq_35 0.060899943113327026
    x_44 n1_l1_affine_eq_36 -0.12725795805454254 n1_l1_affine_eq_37 -0.03072013147175312
    x_44 n1_l1_affine_eq_38 0.03904780000448227 n1_l1_affine_eq_39 -0.07605761289596558
    x_44 n1_l1_affine_eq_40 -0.13246701657772064 n1_l1_affine_eq_41 -0.2767200767993927
    x_44 n1_l1_affine_eq_42 -0.0585390105843544 n1_l1_affine_eq_43 0.01280209980905056
    x_44 n1_l1_affine_eq_44 0.16431117057800293 n1_l1_affine_eq_45 0.2654903829097748
    x_44 n1_l1_affine_eq_46 -0.13244777917861938 n1_l1_affine_eq_47 -0.13957738876342773
    x_44 n1_l1_affine_eq_48 0.027675338089466095 n1_l1_affine_eq_49 -0.13641326129436493
    x_44 n1_l1_affine_eq_50 -0.01838187500834465 n1_l1_affine_eq_51 0.17918385565280914
    x_44 n1_l1_affine_eq_52 -0.20721647143363953 n1_l1_affine_eq_53 0.046080414205789566
    x_44 n1_l1_affine_eq_54 -0.01317666657269001 n1_l1_affine_eq_55 0.09507014602422714
    x_44 n1_l1_affine_eq_56 -0.10123372822999954 n1_l1_affine_eq_57 0.041930265724658966
    x_44 n1_l1_affine_eq_58 0.3035106658935547 n1_l1_affine_eq_59 0.11520988494157791
    x_44 n1_l1_affine_eq_60 0.09843121469020844 n1_l1_affine_eq_61 0.004992411006242037
    x_44 n1_l1_affine_eq_62 0.11750897765159607 n1_l1_affine_eq_63 -0.01286313682794571
    x_44 n1_l1_affine_eq_64 0.1219385638833046 n1_l1_affine_eq_65 -0.023592328652739525
    x_44 n1_l1_affine_eq_66 -0.3635368347167969 n1_l1_affine_eq_67 0.25994205474853516
    x_44 n1_l1_affine_eq_68 -0.16576804220676422 n1_l1_affine_eq_69 0.24084600806236267
    x_44 n1_l1_affine_eq_70 -0.360719233751297 n1_l1_affine_eq_71 0.01661878451704979
    x_44 n1_l1_affine_eq_72 0.20438162982463837 n1_l1_affine_eq_73 -0.1948196142911911
    x_44 n1_l1_affine_eq_74 -0.07217156141996384 n1_l1_affine_eq_75 -0.1197369322180748
    x_44 n1_l1_affine_eq_76 0.03139052540063858 n1_l1_affine_eq_77 -0.23178352415561676
    x_44 n1_l1_affine_eq_78 0.1265350729227066 n1_l1_affine_eq_79 -0.060103464871644974
    x_44 n1_l1_affine_eq_80 -0.08636713773012161 n1_l1_affine_eq_81 0.139436274766922
    x_44 n1_l1_affine_eq_82 -0.26506704092025757 n1_l1_affine_eq_83 0.06793985515832901
    x_44 n1_l1_affine_eq_84 -0.13726918399333954 n1_l1_affine_eq_85 0.33210864663124084
    x_44 n1_l1_affine_eq_86 -0.06991776078939438 n1_l1_affine_eq_87 -0.18621110916137695
    x_44 n1_l1_affine_eq_88 0.24972021579742432 n1_l1_affine_eq_89 0.09415343403816223
    x_44 n1_l1_affine_eq_90 0.1289173662662506 n1_l1_affine_eq_91 0.1720762401819229
    x_44 n1_l1_affine_eq_92 -0.021375318989157677 n1_l1_affine_eq_93 0.10470035672187805
    x_44 n1_l1_affine_eq_94 0.18493035435676575 n1_l1_affine_eq_95 -0.0467117577791214
    x_44 n1_l1_affine_eq_96 -0.3361862599849701 n1_l1_affine_eq_97 -0.08040297031402588
    x_44 n1_l1_affine_eq_98 -0.00504511222243309 n1_l1_affine_eq_99 -0.0533013753592968
    x_44 n2_l1_affine_eq_0 -0.2608717679977417 n2_l1_affine_eq_1 0.2743055522441864
    x_44 n2_l1_affine_eq_2 0.05344296991825104 n2_l1_affine_eq_3 0.08857116103172302
    x_44 n2_l1_affine_eq_4 -0.20816658437252045 n2_l1_affine_eq_5 -0.10621602088212967
    x_44 n2_l1_affine_eq_6 0.6216233372688293 n2_l1_affine_eq_7 -0.04408678412437439
    x_44 n2_l1_affine_eq_8 -0.23287102580070496 n2_l1_affine_eq_9 0.3405579626560211
    x_44 n2_l1_affine_eq_10 -0.08155536651611328 n2_l1_affine_eq_11 -0.8311812877655029
    x_44 n2_l1_affine_eq_12 -0.10854985564947128 n2_l1_affine_eq_13 -0.19651687145233154
    x_44 n2_l1_affine_eq_14 -0.5691769123077393 n2_l1_affine_eq_15 -0.24801963567733765
    x_44 n2_l1_affine_eq_16 -0.263334721326828 n2_l1_affine_eq_17 0.11050904542207718
    x_44 n2_l1_affine_eq_18 0.07583008706569672 n2_l1_affine_eq_19 0.35376134514808655
    x_44 n2_l1_affine_eq_20 0.0748942494392395 n2_l1_affine_eq_21 0.09518956393003464
    x_44 n2_l1_affine_eq_22 0.9568420648574829 n2_l1_affine_eq_23 -0.20223216712474823
    x_44 n2_l1_affine_eq_24 0.4428788125514984 n2_l1_affine_eq_25 0.22356653213500977
    x_44 n2_l1_affine_eq_26 0.4221428632736206 n2_l1_affine_eq_27 -0.2530413568019867
    x_44 n2_l1_affine_eq_28 -0.2262779027223587 n2_l1_affine_eq_29 0.37374386191368103
    x_44 n2_l1_affine_eq_30 -0.23055118322372437 n2_l1_affine_eq_31 -0.19205927848815918
    x_44 n2_l1_affine_eq_32 0.379391610622406 n2_l1_affine_eq_33 0.15064211189746857
    x_44 n2_l1_affine_eq_34 -0.7521035075187683 n2_l1_affine_eq_35 -0.0844898521900177
    x_44 n2_l1_affine_eq_36 -0.09493966400623322 n2_l1_affine_eq_37 -0.022458255290985107
    x_44 n2_l1_affine_eq_38 -0.23742474615573883 n2_l1_affine_eq_39 0.36833351850509644
    x_45 n1_l1_affine_eq_0 0.08091899752616882 n1_l1_affine_eq_1 -0.10857035964727402
    x_45 n1_l1_affine_eq_2 -0.24848684668540955 n1_l1_affine_eq_3 0.11258295178413391
    x_45 n1_l1_affine_eq_4 -0.1306973397731781 n1_l1_affine_eq_5 0.162509486079216
    x_45 n1_l1_affine_eq_6 0.061180438846349716 n1_l1_affine_eq_7 0.012323284521698952
    x_45 n1_l1_affine_eq_8 0.1984948217868805 n1_l1_affine_eq_9 -0.026722706854343414
    x_45 n1_l1_affine_eq_10 -0.10985090583562851 n1_l1_affine_eq_11 -0.15985794365406036
    x_45 n1_l1_affine_eq_12 -0.14254817366600037 n1_l1_affine_eq_13 -0.12763112783432007
    x_45 n1_l1_affine_eq_14 0.13784855604171753 n1_l1_affine_eq_15 -0.10203821212053299
    x_45 n1_l1_affine_eq_16 0.02314785309135914 n1_l1_affine_eq_17 -0.12972991168498993
    x_45 n1_l1_affine_eq_18 -0.13004320859909058 n1_l1_affine_eq_19 -0.22214800119400024
    x_45 n1_l1_affine_eq_20 0.17536169290542603 n1_l1_affine_eq_21 0.16120746731758118
    x_45 n1_l1_affine_eq_22 -0.019417304545640945 n1_l1_affine_eq_23 0.2750018537044525
    x_45 n1_l1_affine_eq_24 -0.029258647933602333 n1_l1_affine_eq_25 0.026187939569354057
    x_45 n1_l1_affine_eq_26 0.0814228430390358 n1_l1_affine_eq_27 -0.25599244236946106
    x_45 n1_l1_affine_eq_28 -0.1508837640285492 n1_l1_affine_eq_29 -0.09613099694252014
    x_45 n1_l1_affine_eq_30 -0.10367674380540848 n1_l1_affine_eq_31 0.10781834274530411
    x_45 n1_l1_affine_eq_32 -0.061510324478149414 n1_l1_affine_eq_33 -0.17523273825645447
    x_45 n1_l1_affine_eq_34 0.16413642466068268 n1_l1_affine_eq_35 0.012476530857384205
    x_45 n1_l1_affine_eq_36 0.22583730518817902 n1_l1_affine_eq_37 0.0952935516834259
    x_45 n1_l1_affine_eq_38 0.1706974357366562 n1_l1_affine_eq_39 -0.1485186368227005
    x_45 n1_l1_affine_eq_40 0.2851365804672241 n1_l1_affine_eq_41 0.07503117620944977
    x_45 n1_l1_affine_eq_42 -0.027864934876561165 n1_l1_affine_eq_43 -0.016150275245308876
    x_45 n1_l1_affine_eq_44 -0.17636297643184662 n1_l1_affine_eq_45 0.17635254561901093
    x_45 n1_l1_affine_eq_46 0.16404779255390167 n1_l1_affine_eq_47 -0.1687607318162918
    x_45 n1_l1_affine_eq_48 -0.10750570893287659 n1_l1_affine_eq_49 0.1498706042766571
    x_45 n1_l1_affine_eq_50 0.35691210627555847 n1_l1_affine_eq_51 0.012247148901224136
    x_45 n1_l1_affine_eq_52 0.28630954027175903 n1_l1_affine_eq_53 -0.10837500542402267
    x_45 n1_l1_affine_eq_54 0.0821058601140976 n1_l1_affine_eq_55 0.6735917329788208
    x_45 n1_l1_affine_eq_56 0.18252399563789368 n1_l1_affine_eq_57 0.25164276361465454
    x_45 n1_l1_affine_eq_58 0.038180503994226456 n1_l1_affine_eq_59 0.015925705432891846
    x_45 n1_l1_affine_eq_60 -0.05070662871003151 n1_l1_affine_eq_61 -0.029296783730387688
    x_45 n1_l1_affine_eq_62 0.2779220938682556 n1_l1_affine_eq_63 -0.15071484446525574
    x_45 n1_l1_affine_eq_64 0.08090486377477646 n1_l1_affine_eq_65 -0.08427118510007858
    x_45 n1_l1_affine_eq_66 -0.25338801741600037 n1_l1_affine_eq_67 0.05327977240085602
    x_45 n1_l1_affine_eq_68 0.11644677072763443 n1_l1_affine_eq_69 -0.31388720870018005
    x_45 n1_l1_affine_eq_70 0.12767618894577026 n1_l1_affine_eq_71 0.3492370843887329
    x_45 n1_l1_affine_eq_72 0.24380996823310852 n1_l1_affine_eq_73 -0.2573513090610504
    x_45 n1_l1_affine_eq_74 -0.0633300319314003 n1_l1_affine_eq_75 -0.16148464381694794
    x_45 n1_l1_affine_eq_76 0.09984240680932999 n1_l1_affine_eq_77 -0.15703004598617554
    x_45 n1_l1_affine_eq_78 0.05626429244875908 n1_l1_affine_eq_79 -0.01649470254778862
    x_45 n1_l1_affine_eq_80 0.056872040033340454 n1_l1_affine_eq_81 -0.024861158803105354
    x_45 n1_l1_affine_eq_82 -0.24066510796546936 n1_l1_affine_eq_83 0.23986735939979553
    x_45 n1_l1_affine_eq_84 0.047339193522930145 n1_l1_affine_eq_85 -0.27241599559783936
    x_45 n1_l1_affine_eq_86 0.45373085141181946 n1_l1_affine_eq_87 -0.1927161067724228
    x_45 n1_l1_affine_eq_88 -0.20038335025310516 n1_l1_affine_eq_89 -0.07193755358457565
    x_45 n1_l1_affine_eq_90 0.1500837802886963 n1_l1_affine_eq_91 0.26694396138191223
    x_45 n1_l1_affine_eq_92 -0.13480401039123535 n1_l1_affine_eq_93 -0.20962755382061005
    x_45 n1_l1_affine_eq_94 0.10401124507188797 n1_l1_affine_eq_95 -0.250846266746521
    x_45 n1_l1_affine_eq_96 -0.3552863895893097 n1_l1_affine_eq_97 -0.15052872896194458
    x_45 n1_l1_affine_eq_98 0.21929974853992462 n1_l1_affine_eq_99 -0.0658419281244278
    x_45 n2_l1_affine_eq_0 -0.030055582523345947 n2_l1_affine_eq_1 0.18484631180763245
    x_45 n2_l1_affine_eq_2 -0.18948759138584137 n2_l1_affine_eq_3 -0.03412986174225807
    x_45 n2_l1_affine_eq_4 -0.20067234337329865 n2_l1_affine_eq_5 -0.15929177403450012
    x_45 n2_l1_affine_eq_6 -0.345256507396698 n2_l1_affine_eq_7 0.015314490534365177
    x_45 n2_l1_affine_eq_8 -0.17946666479110718 n2_l1_affine_eq_9 0.768835186958313
    x_45 n2_l1_affine_eq_10 -0.15853044390678406 n2_l1_affine_eq_11 0.6324642300605774
    x_45 n2_l1_affine_eq_12 -0.22797220945358276 n2_l1_affine_eq_13 -0.3028238117694855
    x_45 n2_l1_affine_eq_14 0.2869674563407898 n2_l1_affine_eq_15 -0.15674330294132233
    x_45 n2_l1_affine_eq_16 0.05748368799686432 n2_l1_affine_eq_17 -0.10847995430231094
    x_45 n2_l1_affine_eq_18 0.0608290359377861 n2_l1_affine_eq_19 0.12535621225833893
    x_45 n2_l1_affine_eq_20 -0.022294342517852783 n2_l1_affine_eq_21 -0.4354749619960785
    x_45 n2_l1_affine_eq_22 1.368119716644287 n2_l1_affine_eq_23 -0.1999121904373169
    x_45 n2_l1_affine_eq_24 -0.1136985793709755 n2_l1_affine_eq_25 0.06497224420309067
    x_45 n2_l1_affine_eq_26 0.3634631633758545 n2_l1_affine_eq_27 -0.07733225077390671
    x_45 n2_l1_affine_eq_28 -0.3726126253604889 n2_l1_affine_eq_29 0.32394665479660034
    x_45 n2_l1_affine_eq_30 -0.07045383751392365 n2_l1_affine_eq_31 -0.08494114875793457
    x_45 n2_l1_affine_eq_32 -0.009962321259081364 n2_l1_affine_eq_33 -0.10019980370998383
    x_45 n2_l1_affine_eq_34 -0.40923765301704407 n2_l1_affine_eq_35 -0.2585667073726654
    x_45 n2_l1_affine_eq_36 -0.13732953369617462 n2_l1_affine_eq_37 -0.06472543627023697
    x_45 n2_l1_affine_eq_38 -0.2804608643054962 n2_l1_affine_eq_39 0.21318309009075165
    x_46 n1_l1_affine_eq_0 -0.1719241887331009 n1_l1_affine_eq_1 0.037075966596603394
    x_46 n1_l1_affine_eq_2 0.07789477705955505 n1_l1_affine_eq_3 -0.24111278355121613
    x_46 n1_l1_affine_eq_4 0.14053967595100403 n1_l1_affine_eq_5 0.0033132806420326233
    x_46 n1_l1_affine_eq_6 0.1371917873620987 n1_l1_affine_eq_7 -0.0013784229522570968
    x_46 n1_l1_affine_eq_8 0.12674684822559357 n1_l1_affine_eq_9 0.6125890612602234
    x_46 n1_l1_affine_eq_10 -0.21058295667171478 n1_l1_affine_eq_11 -0.11515139043331146
    x_46 n1_l1_affine_eq_12 0.21838915348052979 n1_l1_affine_eq_13 0.017371337860822678
    x_46 n1_l1_affine_eq_14 0.2725756764411926 n1_l1_affine_eq_15 0.13226747512817383
    x_46 n1_l1_affine_eq_16 0.2554725408554077 n1_l1_affine_eq_17 -0.03861674666404724
    x_46 n1_l1_affine_eq_18 -0.016135741025209427 n1_l1_affine_eq_19 0.09179163724184036
    x_46 n1_l1_affine_eq_20 -0.15446321666240692 n1_l1_affine_eq_21 0.27525272965431213
    x_46 n1_l1_affine_eq_22 -0.2327800691127777 n1_l1_affine_eq_23 -0.0553756020963192
    x_46 n1_l1_affine_eq_24 0.11539411544799805 n1_l1_affine_eq_25 0.14809159934520721
    x_46 n1_l1_affine_eq_26 0.019162487238645554 n1_l1_affine_eq_27 0.1824282556772232
    x_46 n1_l1_affine_eq_28 -0.1951708197593689 n1_l1_affine_eq_29 0.24854198098182678
    x_46 n1_l1_affine_eq_30 0.09507989138364792 n1_l1_affine_eq_31 0.07646894454956055
    x_46 n1_l1_affine_eq_32 -0.04765424132347107 n1_l1_affine_eq_33 0.021173782646656036
    x_46 n1_l1_affine_eq_34 0.5306674242019653 n1_l1_affine_eq_35 0.4519953727722168
    x_46 n1_l1_affine_eq_36 0.1488151103258133 n1_l1_affine_eq_37 0.16177357733249664
    x_46 n1_l1_affine_eq_38 -0.19592370092868805 n1_l1_affine_eq_39 -0.115483358502388
    x_46 n1_l1_affine_eq_40 0.34675756096839905 n1_l1_affine_eq_41 -0.3308786153793335
    x_46 n1_l1_affine_eq_42 0.09061729907989502 n1_l1_affine_eq_43 0.058900270611047745
    x_46 n1_l1_affine_eq_44 0.061252694576978683 n1_l1_affine_eq_45 -0.11588136851787567
    x_46 n1_l1_affine_eq_46 0.08915096521377563 n1_l1_affine_eq_47 0.09883435070514679
    x_46 n1_l1_affine_eq_48 -0.1846875697374344 n1_l1_affine_eq_49 -0.08630679547786713
    x_46 n1_l1_affine_eq_50 0.11142090708017349 n1_l1_affine_eq_51 0.057258278131484985
    x_46 n1_l1_affine_eq_52 0.22172577679157257 n1_l1_affine_eq_53 0.03913214057683945
    x_46 n1_l1_affine_eq_54 0.15398606657981873 n1_l1_affine_eq_55 -0.13750524818897247
    x_46 n1_l1_affine_eq_56 0.2671140432357788 n1_l1_affine_eq_57 0.12124724686145782
    x_46 n1_l1_affine_eq_58 -0.22119466960430145 n1_l1_affine_eq_59 0.1859435886144638
    x_46 n1_l1_affine_eq_60 0.13077794015407562 n1_l1_affine_eq_61 0.11513543128967285
    x_46 n1_l1_affine_eq_62 0.17879261076450348 n1_l1_affine_eq_63 -0.11171944439411163
    x_46 n1_l1_affine_eq_64 -0.12932977080345154 n1_l1_affine_eq_65 0.15390127897262573
    x_46 n1_l1_affine_eq_66 0.08095605671405792 n1_l1_affine_eq_67 -0.051708247512578964
    x_46 n1_l1_affine_eq_68 0.17055992782115936 n1_l1_affine_eq_69 -0.4972304701805115
    x_46 n1_l1_affine_eq_70 -0.16431216895580292 n1_l1_affine_eq_71 -0.14252696931362152
    x_46 n1_l1_affine_eq_72 -0.0906025692820549 n1_l1_affine_eq_73 0.052387580275535583
    x_46 n1_l1_affine_eq_74 0.19276034832000732 n1_l1_affine_eq_75 0.043087370693683624
    x_46 n1_l1_affine_eq_76 0.3767666816711426 n1_l1_affine_eq_77 0.019087117165327072
    x_46 n1_l1_affine_eq_78 -0.05359562858939171 n1_l1_affine_eq_79 0.19144301116466522
    x_46 n1_l1_affine_eq_80 0.09480555355548859 n1_l1_affine_eq_81 0.23120321333408356
    x_46 n1_l1_affine_eq_82 -0.04353078827261925 n1_l1_affine_eq_83 0.0033052542712539434
    x_46 n1_l1_affine_eq_84 0.036059897392988205 n1_l1_affine_eq_85 -0.1839204579591751
    x_46 n1_l1_affine_eq_86 -0.04924900457262993 n1_l1_affine_eq_87 -0.04902805760502815
    x_46 n1_l1_affine_eq_88 -0.0068709938786923885 n1_l1_affine_eq_89 0.11956167221069336
    x_46 n1_l1_affine_eq_90 -0.1341429054737091 n1_l1_affine_eq_91 0.13227669894695282
    x_46 n1_l1_affine_eq_92 -0.03306905925273895 n1_l1_affine_eq_93 -0.20281066000461578
    x_46 n1_l1_affine_eq_94 0.12748762965202332 n1_l1_affine_eq_95 -0.01888514682650566
    x_46 n1_l1_affine_eq_96 -0.18928712606430054 n1_l1_affine_eq_97 0.05169425904750824
    x_46 n1_l1_affine_eq_98 0.12151464074850082 n1_l1_affine_eq_99 -0.2622833549976349
    x_46 n2_l1_affine_eq_0 0.26854702830314636 n2_l1_affine_eq_1 0.5316780805587769
    x_46 n2_l1_affine_eq_2 -0.4648200571537018 n2_l1_affine_eq_3 0.026403257623314857
    x_46 n2_l1_affine_eq_4 1.4670734405517578 n2_l1_affine_eq_5 0.00007336022099480033
    x_46 n2_l1_affine_eq_6 -0.8927921056747437 n2_l1_affine_eq_7 0.4259372651576996
    x_46 n2_l1_affine_eq_8 0.2448316216468811 n2_l1_affine_eq_9 -0.3510896861553192
    x_46 n2_l1_affine_eq_10 0.14599311351776123 n2_l1_affine_eq_11 0.6074446439743042
    x_46 n2_l1_affine_eq_12 -0.016036543995141983 n2_l1_affine_eq_13 0.4316903054714203
    x_46 n2_l1_affine_eq_14 0.750371515750885 n2_l1_affine_eq_15 -0.20466256141662598
    x_46 n2_l1_affine_eq_16 0.31330451369285583 n2_l1_affine_eq_17 0.38739219307899475
    x_46 n2_l1_affine_eq_18 -0.28917229175567627 n2_l1_affine_eq_19 0.00048500706907361746
    x_46 n2_l1_affine_eq_20 -0.024775346741080284 n2_l1_affine_eq_21 -0.10984020680189133
    x_46 n2_l1_affine_eq_22 -0.03551507368683815 n2_l1_affine_eq_23 0.4418710172176361
    x_46 n2_l1_affine_eq_24 -0.1965014934539795 n2_l1_affine_eq_25 0.08505765348672867
    x_46 n2_l1_affine_eq_26 -0.287024587392807 n2_l1_affine_eq_27 -0.013410267420113087
    x_46 n2_l1_affine_eq_28 -0.252074271440506 n2_l1_affine_eq_29 -0.3378470242023468
    x_46 n2_l1_affine_eq_30 0.04105008766055107 n2_l1_affine_eq_31 0.48361870646476746
    x_46 n2_l1_affine_eq_32 0.44034773111343384 n2_l1_affine_eq_33 -0.2097061723470688
    x_46 n2_l1_affine_eq_34 -0.6245351433753967 n2_l1_affine_eq_35 -0.06312419474124908
    x_46 n2_l1_affine_eq_36 0.24431204795837402 n2_l1_affine_eq_37 0.2677784264087677
    x_46 n2_l1_affine_eq_38 -0.1121734157204628 n2_l1_affine_eq_39 0.9807830452919006
    x_47 n1_l1_affine_eq_0 0.3522975444793701 n1_l1_affine_eq_1 -0.49923136830329895
    x_47 n1_l1_affine_eq_2 0.23582929372787476 n1_l1_affine_eq_3 0.09337490797042847
    x_47 n1_l1_affine_eq_4 -0.05513247102499008 n1_l1_affine_eq_5 0.07631408423185349
    x_47 n1_l1_affine_eq_6 -0.10506205260753632 n1_l1_affine_eq_7 0.10010574012994766
    x_47 n1_l1_affine_eq_8 0.11663895100355148 n1_l1_affine_eq_9 0.20101921260356903
    x_47 n1_l1_affine_eq_10 -0.07093927264213562 n1_l1_affine_eq_11 0.14573295414447784
    x_47 n1_l1_affine_eq_12 0.40163853764533997 n1_l1_affine_eq_13 0.1378524750471115
    x_47 n1_l1_affine_eq_14 0.22244888544082642 n1_l1_affine_eq_15 0.09067180752754211
    x_47 n1_l1_affine_eq_16 0.6093679666519165 n1_l1_affine_eq_17 -0.0881677195429802
    x_47 n1_l1_affine_eq_18 0.31130895018577576 n1_l1_affine_eq_19 0.26912233233451843
    x_47 n1_l1_affine_eq_20 0.07398444414138794 n1_l1_affine_eq_21 -0.1618872582912445
    x_47 n1_l1_affine_eq_22 -0.347556471824646 n1_l1_affine_eq_23 -0.035709187388420105
    x_47 n1_l1_affine_eq_24 -0.0019170038867741823 n1_l1_affine_eq_25 0.46843722462654114
    x_47 n1_l1_affine_eq_26 -0.18175028264522552 n1_l1_affine_eq_27 0.009315925650298595
    x_47 n1_l1_affine_eq_28 -0.05708549544215202 n1_l1_affine_eq_29 -0.11463744938373566
    x_47 n1_l1_affine_eq_30 -0.11908593028783798 n1_l1_affine_eq_31 -0.002375428332015872
    x_47 n1_l1_affine_eq_32 -0.0708678811788559 n1_l1_affine_eq_33 -0.15446753799915314
    x_47 n1_l1_affine_eq_34 0.10480810701847076 n1_l1_affine_eq_35 0.3243086338043213
    x_47 n1_l1_affine_eq_36 -0.37679338455200195 n1_l1_affine_eq_37 -0.1527431607246399
    x_47 n1_l1_affine_eq_38 0.21335174143314362 n1_l1_affine_eq_39 0.17039205133914948
    x_47 n1_l1_affine_eq_40 0.3822025954723358 n1_l1_affine_eq_41 -0.2783416509628296
    x_47 n1_l1_affine_eq_42 -0.2366061955690384 n1_l1_affine_eq_43 0.20302613079547882
    x_47 n1_l1_affine_eq_44 0.16505250334739685 n1_l1_affine_eq_45 0.004537577740848064
    x_47 n1_l1_affine_eq_46 -0.176068976521492 n1_l1_affine_eq_47 0.30507373809814453
    x_47 n1_l1_affine_eq_48 -0.026354843750596046 n1_l1_affine_eq_49 -0.23748834431171417
    x_47 n1_l1_affine_eq_50 0.05753610283136368 n1_l1_affine_eq_51 -0.411687433719635
    x_47 n1_l1_affine_eq_52 0.17132097482681274 n1_l1_affine_eq_53 -0.11089006066322327
    x_47 n1_l1_affine_eq_54 0.13480313122272491 n1_l1_affine_eq_55 -0.21152067184448242
    x_47 n1_l1_affine_eq_56 0.43553072214126587 n1_l1_affine_eq_57 0.02275700308382511
    x_47 n1_l1_affine_eq_58 -0.1951701045036316 n1_l1_affine_eq_59 -0.14879295229911804
    x_47 n1_l1_affine_eq_60 0.5831983089447021 n1_l1_affine_eq_61 -0.2604197859764099
    x_47 n1_l1_affine_eq_62 0.14797252416610718 n1_l1_affine_eq_63 0.15926003456115723
    x_47 n1_l1_affine_eq_64 0.03136925399303436 n1_l1_affine_eq_65 0.19736868143081665
    x_47 n1_l1_affine_eq_66 0.1710500568151474 n1_l1_affine_eq_67 0.054456572979688644
    x_47 n1_l1_affine_eq_68 0.30612093210220337 n1_l1_affine_eq_69 -0.2143450528383255
    x_47 n1_l1_affine_eq_70 0.03362960368394852 n1_l1_affine_eq_71 -0.09840673208236694
    x_47 n1_l1_affine_eq_72 0.004456591792404652 n1_l1_affine_eq_73 -0.12501950562000275
    x_47 n1_l1_affine_eq_74 -0.00823071040213108 n1_l1_affine_eq_75 0.3159348964691162
    x_47 n1_l1_affine_eq_76 0.15049250423908234 n1_l1_affine_eq_77 0.23854590952396393
    x_47 n1_l1_affine_eq_78 -0.32412755489349365 n1_l1_affine_eq_79 -0.009278376586735249
    x_47 n1_l1_affine_eq_80 0.10640029609203339 n1_l1_affine_eq_81 -0.09126115590333939
    x_47 n1_l1_affine_eq_82 0.20535562932491302 n1_l1_affine_eq_83 -0.07786323130130768
    x_47 n1_l1_affine_eq_84 0.25805169343948364 n1_l1_affine_eq_85 -0.13555870950222015
    x_47 n1_l1_affine_eq_86 0.14047738909721375 n1_l1_affine_eq_87 0.2981716990470886
    x_47 n1_l1_affine_eq_88 0.32332998514175415 n1_l1_affine_eq_89 0.010804555378854275
    x_47 n1_l1_affine_eq_90 -0.04948396235704422 n1_l1_affine_eq_91 -0.098486989736557
    x_47 n1_l1_affine_eq_92 -0.16966493427753448 n1_l1_affine_eq_93 0.2668958604335785
    x_47 n1_l1_affine_eq_94 0.5278433561325073 n1_l1_affine_eq_95 0.292040079832077
    x_47 n1_l1_affine_eq_96 -0.4275067150592804 n1_l1_affine_eq_97 -0.20128904283046722
    x_47 n1_l1_affine_eq_98 0.18041229248046875 n1_l1_affine_eq_99 -0.1832011193037033
    x_47 n2_l1_affine_eq_0 0.5509638786315918 n2_l1_affine_eq_1 0.05340510979294777
    x_47 n2_l1_affine_eq_2 -0.7127253413200378 n2_l1_affine_eq_3 0.3406340479850769
    x_47 n2_l1_affine_eq_4 -0.7276743650436401 n2_l1_affine_eq_5 0.6772550940513611
    x_47 n2_l1_affine_eq_6 -0.3461078405380249 n2_l1_affine_eq_7 -0.5300398468971252
    x_47 n2_l1_affine_eq_8 0.42353421449661255 n2_l1_affine_eq_9 -0.5843126773834229
    x_47 n2_l1_affine_eq_10 0.0938367173075676 n2_l1_affine_eq_11 1.2935692071914673
    x_47 n2_l1_affine_eq_12 0.922317624092102 n2_l1_affine_eq_13 0.09180803596973419
    x_47 n2_l1_affine_eq_14 -0.46329841017723083 n2_l1_affine_eq_15 0.49855998158454895
    x_47 n2_l1_affine_eq_16 -0.14329372346401215 n2_l1_affine_eq_17 1.2348712682724
    x_47 n2_l1_affine_eq_18 0.7571144700050354 n2_l1_affine_eq_19 0.0876561775803566
    x_47 n2_l1_affine_eq_20 -0.46849092841148376 n2_l1_affine_eq_21 0.7944165468215942
    x_47 n2_l1_affine_eq_22 0.30830949544906616 n2_l1_affine_eq_23 0.457122802734375
    x_47 n2_l1_affine_eq_24 -0.18009363114833832 n2_l1_affine_eq_25 0.06507529318332672
    x_47 n2_l1_affine_eq_26 0.6683542728424072 n2_l1_affine_eq_27 -0.0936293751001358
    x_47 n2_l1_affine_eq_28 0.09944697469472885 n2_l1_affine_eq_29 -0.45106297731399536
    x_47 n2_l1_affine_eq_30 0.1579161137342453 n2_l1_affine_eq_31 -1.1179322004318237
    x_47 n2_l1_affine_eq_32 0.8271636366844177 n2_l1_affine_eq_33 0.3660295903682709
    x_47 n2_l1_affine_eq_34 -0.3385154604911804 n2_l1_affine_eq_35 -0.48945412039756775
    x_47 n2_l1_affine_eq_36 0.916644275188446 n2_l1_affine_eq_37 -0.5255459547042847
    x_47 n2_l1_affine_eq_38 0.010148989036679268 n2_l1_affine_eq_39 0.06524486839771271
    x_48 n1_l1_affine_eq_0 -0.4142083525657654 n1_l1_affine_eq_1 -0.24679085612297058
    x_48 n1_l1_affine_eq_2 0.3475157618522644 n1_l1_affine_eq_3 -0.4075954258441925
    x_48 n1_l1_affine_eq_4 0.3944971561431885 n1_l1_affine_eq_5 -0.37363898754119873
    x_48 n1_l1_affine_eq_6 0.1273777186870575 n1_l1_affine_eq_7 0.32932376861572266
    x_48 n1_l1_affine_eq_8 0.5586646795272827 n1_l1_affine_eq_9 0.2718154489994049
    x_48 n1_l1_affine_eq_10 -0.7311546802520752 n1_l1_affine_eq_11 -0.6529625654220581
    x_48 n1_l1_affine_eq_12 -0.34188273549079895 n1_l1_affine_eq_13 0.4489562213420868
    x_48 n1_l1_affine_eq_14 -0.47748038172721863 n1_l1_affine_eq_15 -0.1923239827156067
    x_48 n1_l1_affine_eq_16 -0.07981136441230774 n1_l1_affine_eq_17 0.3195675313472748
    x_48 n1_l1_affine_eq_18 -0.5165113210678101 n1_l1_affine_eq_19 -0.7729857563972473
    x_48 n1_l1_affine_eq_20 0.17210815846920013 n1_l1_affine_eq_21 0.2545834481716156
    x_48 n1_l1_affine_eq_22 -0.10515325516462326 n1_l1_affine_eq_23 -0.26593756675720215
    x_48 n1_l1_affine_eq_24 0.021904442459344864 n1_l1_affine_eq_25 -0.11441218107938766
    x_48 n1_l1_affine_eq_26 0.4057706296443939 n1_l1_affine_eq_27 -0.05785422399640083
    x_48 n1_l1_affine_eq_28 -0.1589377075433731 n1_l1_affine_eq_29 -0.2849881052970886
    x_48 n1_l1_affine_eq_30 0.07326521724462509 n1_l1_affine_eq_31 0.4540211260318756
    x_48 n1_l1_affine_eq_32 -0.36859992146492004 n1_l1_affine_eq_33 0.3910285234451294
    x_48 n1_l1_affine_eq_34 0.39327678084373474 n1_l1_affine_eq_35 -0.35775405168533325
    x_48 n1_l1_affine_eq_36 0.4280118942260742 n1_l1_affine_eq_37 0.06858617812395096
    x_48 n1_l1_affine_eq_38 0.2501510679721832 n1_l1_affine_eq_39 0.21217423677444458
    x_48 n1_l1_affine_eq_40 0.6498159766197205 n1_l1_affine_eq_41 0.14799733459949493
    x_48 n1_l1_affine_eq_42 -0.10187353193759918 n1_l1_affine_eq_43 -0.44734567403793335
    x_48 n1_l1_affine_eq_44 -0.18006736040115356 n1_l1_affine_eq_45 0.29430967569351196
    x_48 n1_l1_affine_eq_46 0.12041530013084412 n1_l1_affine_eq_47 0.0814543068408966
    x_48 n1_l1_affine_eq_48 -0.4292100667953491 n1_l1_affine_eq_49 -0.22232815623283386
    x_48 n1_l1_affine_eq_50 0.10795265436172485 n1_l1_affine_eq_51 0.03059525229036808
    x_48 n1_l1_affine_eq_52 0.16061274707317352 n1_l1_affine_eq_53 0.3128865957260132
    x_48 n1_l1_affine_eq_54 0.4316283166408539 n1_l1_affine_eq_55 0.0864446684718132
    x_48 n1_l1_affine_eq_56 0.08980759233236313 n1_l1_affine_eq_57 -0.03910950943827629
    x_48 n1_l1_affine_eq_58 0.36313509941101074 n1_l1_affine_eq_59 -0.12699319422245026
    x_48 n1_l1_affine_eq_60 0.08019760996103287 n1_l1_affine_eq_61 0.07523437589406967
    x_48 n1_l1_affine_eq_62 0.43165144324302673 n1_l1_affine_eq_63 0.04057507589459419
    x_48 n1_l1_affine_eq_64 0.038087695837020874 n1_l1_affine_eq_65 -0.43656280636787415
    x_48 n1_l1_affine_eq_66 -0.18448425829410553 n1_l1_affine_eq_67 -0.17091451585292816
    x_48 n1_l1_affine_eq_68 0.06671446561813354 n1_l1_affine_eq_69 -0.07921691983938217
    x_48 n1_l1_affine_eq_70 -0.22412213683128357 n1_l1_affine_eq_71 -0.09236782044172287
    x_48 n1_l1_affine_eq_72 0.24549376964569092 n1_l1_affine_eq_73 0.3076280653476715
    x_48 n1_l1_affine_eq_74 0.24144978821277618 n1_l1_affine_eq_75 0.6217625141143799
    x_48 n1_l1_affine_eq_76 0.44047603011131287 n1_l1_affine_eq_77 -0.2932404577732086
    x_48 n1_l1_affine_eq_78 0.1305522322654724 n1_l1_affine_eq_79 0.2883390188217163
    x_48 n1_l1_affine_eq_80 -0.3733043670654297 n1_l1_affine_eq_81 0.5052264332771301
    x_48 n1_l1_affine_eq_82 0.6969557404518127 n1_l1_affine_eq_83 -0.6319813132286072
    x_48 n1_l1_affine_eq_84 -0.021698536351323128 n1_l1_affine_eq_85 0.017649682238698006
    x_48 n1_l1_affine_eq_86 0.2526274621486664 n1_l1_affine_eq_87 -0.43505918979644775
    x_48 n1_l1_affine_eq_88 -0.19330190122127533 n1_l1_affine_eq_89 0.20207655429840088
    x_48 n1_l1_affine_eq_90 0.15052904188632965 n1_l1_affine_eq_91 0.29969051480293274
    x_48 n1_l1_affine_eq_92 -0.28028902411460876 n1_l1_affine_eq_93 -0.38968783617019653
    x_48 n1_l1_affine_eq_94 -0.4396689236164093 n1_l1_affine_eq_95 -0.19444377720355988
    x_48 n1_l1_affine_eq_96 -0.2152482271194458 n1_l1_affine_eq_97 0.0683424174785614
    x_48 n1_l1_affine_eq_98 0.14566561579704285 n1_l1_affine_eq_99 -0.38637807965278625
    x_48 n2_l1_affine_eq_0 0.43704020977020264 n2_l1_affine_eq_1 -0.11087656766176224
    x_48 n2_l1_affine_eq_2 -0.2833223044872284 n2_l1_affine_eq_3 0.4204767644405365
    x_48 n2_l1_affine_eq_4 -0.9357388019561768 n2_l1_affine_eq_5 -0.43488553166389465
    x_48 n2_l1_affine_eq_6 -0.11694719642400742 n2_l1_affine_eq_7 -0.5111342668533325
    x_48 n2_l1_affine_eq_8 0.1845003217458725 n2_l1_affine_eq_9 -1.660987377166748
    x_48 n2_l1_affine_eq_10 0.29455864429473877 n2_l1_affine_eq_11 0.7523966431617737
    x_48 n2_l1_affine_eq_12 -1.638956904411316 n2_l1_affine_eq_13 -0.039694894105196
    x_48 n2_l1_affine_eq_14 0.9815317392349243 n2_l1_affine_eq_15 -1.0466365814208984
    x_48 n2_l1_affine_eq_16 -0.48842716217041016 n2_l1_affine_eq_17 0.2473306804895401
    x_48 n2_l1_affine_eq_18 -0.18284408748149872 n2_l1_affine_eq_19 -1.4983444213867188
    x_48 n2_l1_affine_eq_20 -2.0351593494415283 n2_l1_affine_eq_21 -0.6622521281242371
    x_48 n2_l1_affine_eq_22 2.526136636734009 n2_l1_affine_eq_23 0.2863292992115021
    x_48 n2_l1_affine_eq_24 0.09533703327178955 n2_l1_affine_eq_25 0.12471046298742294
    x_48 n2_l1_affine_eq_26 -0.046336326748132706 n2_l1_affine_eq_27 -0.3644979000091553
    x_48 n2_l1_affine_eq_28 0.3814256191253662 n2_l1_affine_eq_29 -0.19077125191688538
    x_48 n2_l1_affine_eq_30 -0.19099313020706177 n2_l1_affine_eq_31 1.2197147607803345
    x_48 n2_l1_affine_eq_32 -0.7584893107414246 n2_l1_affine_eq_33 -0.8876217007637024
    x_48 n2_l1_affine_eq_34 -1.6900147199630737 n2_l1_affine_eq_35 0.5241655111312866
    x_48 n2_l1_affine_eq_36 -0.44152596592903137 n2_l1_affine_eq_37 -0.23196493089199066
    x_48 n2_l1_affine_eq_38 0.43488338589668274 n2_l1_affine_eq_39 1.3201607465744019
    x_49 n1_l1_affine_eq_0 -0.1482851803302765 n1_l1_affine_eq_1 0.00988159142434597
    x_49 n1_l1_affine_eq_2 0.21338814496994019 n1_l1_affine_eq_3 -0.33015355467796326
    x_49 n1_l1_affine_eq_4 0.0635182112455368 n1_l1_affine_eq_5 -0.18197232484817505
    x_49 n1_l1_affine_eq_6 0.006495018023997545 n1_l1_affine_eq_7 0.29525578022003174
    x_49 n1_l1_affine_eq_8 -0.18010419607162476 n1_l1_affine_eq_9 0.24694469571113586
    x_49 n1_l1_affine_eq_10 -0.07583542913198471 n1_l1_affine_eq_11 0.3817899525165558
    x_49 n1_l1_affine_eq_12 -0.06644931435585022 n1_l1_affine_eq_13 0.2547380030155182
    x_49 n1_l1_affine_eq_14 0.03088730201125145 n1_l1_affine_eq_15 -0.13054290413856506
    x_49 n1_l1_affine_eq_16 -0.03681156039237976 n1_l1_affine_eq_17 0.16110901534557343
    x_49 n1_l1_affine_eq_18 -0.3754560351371765 n1_l1_affine_eq_19 -0.4467226266860962
    x_49 n1_l1_affine_eq_20 0.3943954408168793 n1_l1_affine_eq_21 -0.013776515610516071
    x_49 n1_l1_affine_eq_22 0.08793957531452179 n1_l1_affine_eq_23 -0.34420573711395264
    x_49 n1_l1_affine_eq_24 0.2167879045009613 n1_l1_affine_eq_25 0.059780992567539215
    x_49 n1_l1_affine_eq_26 0.44240617752075195 n1_l1_affine_eq_27 -0.28628912568092346
    x_49 n1_l1_affine_eq_28 -0.2079012542963028 n1_l1_affine_eq_29 -0.09603257477283478
    x_49 n1_l1_affine_eq_30 -0.07410265505313873 n1_l1_affine_eq_31 -0.22832076251506805
    x_49 n1_l1_affine_eq_32 -0.10750166326761246 n1_l1_affine_eq_33 0.06437165290117264
    x_49 n1_l1_affine_eq_34 -0.04394824430346489 n1_l1_affine_eq_35 -0.23060353100299835
    x_49 n1_l1_affine_eq_36 0.18913297355175018 n1_l1_affine_eq_37 -0.22882407903671265
    x_49 n1_l1_affine_eq_38 0.11999398469924927 n1_l1_affine_eq_39 0.0534752681851387
    x_49 n1_l1_affine_eq_40 0.45774298906326294 n1_l1_affine_eq_41 0.08950124680995941
    x_49 n1_l1_affine_eq_42 -0.008610295131802559 n1_l1_affine_eq_43 -0.13243499398231506
    x_49 n1_l1_affine_eq_44 -0.08704917877912521 n1_l1_affine_eq_45 0.08194544166326523
    x_49 n1_l1_affine_eq_46 -0.12101992964744568 n1_l1_affine_eq_47 0.28411242365837097
    x_49 n1_l1_affine_eq_48 0.06349658966064453 n1_l1_affine_eq_49 -0.2543974816799164
    x_49 n1_l1_affine_eq_50 -0.33385276794433594 n1_l1_affine_eq_51 0.008144261315464973
    x_49 n1_l1_affine_eq_52 0.11466974020004272 n1_l1_affine_eq_53 -0.054450567811727524
    x_49 n1_l1_affine_eq_54 0.12060891091823578 n1_l1_affine_eq_55 0.08785104006528854
    x_49 n1_l1_affine_eq_56 -0.05321454256772995 n1_l1_affine_eq_57 -0.051539573818445206
    x_49 n1_l1_affine_eq_58 0.02520001493394375 n1_l1_affine_eq_59 -0.06305897235870361
    x_49 n1_l1_affine_eq_60 0.1537206768989563 n1_l1_affine_eq_61 0.04562494903802872
    x_49 n1_l1_affine_eq_62 0.28878849744796753 n1_l1_affine_eq_63 -0.010928432457149029
    x_49 n1_l1_affine_eq_64 0.12451678514480591 n1_l1_affine_eq_65 -0.02588028833270073
    x_49 n1_l1_affine_eq_66 0.08641194552183151 n1_l1_affine_eq_67 -0.02889435738325119
    x_49 n1_l1_affine_eq_68 0.1055460274219513 n1_l1_affine_eq_69 0.002253239508718252
    x_49 n1_l1_affine_eq_70 -0.28589850664138794 n1_l1_affine_eq_71 -0.029616495594382286
    x_49 n1_l1_affine_eq_72 0.12691926956176758 n1_l1_affine_eq_73 0.09026302397251129
    x_49 n1_l1_affine_eq_74 0.33204731345176697 n1_l1_affine_eq_75 0.13184793293476105
    x_49 n1_l1_affine_eq_76 0.08175326883792877 n1_l1_affine_eq_77 -0.2170536369085312
    x_49 n1_l1_affine_eq_78 -0.055763471871614456 n1_l1_affine_eq_79 0.29905012249946594
    x_49 n1_l1_affine_eq_80 -0.11199572682380676 n1_l1_affine_eq_81 0.11725937575101852
    x_49 n1_l1_affine_eq_82 0.6672632098197937 n1_l1_affine_eq_83 -0.16086211800575256
    x_49 n1_l1_affine_eq_84 0.18060868978500366 n1_l1_affine_eq_85 0.033790454268455505
    x_49 n1_l1_affine_eq_86 0.1389027088880539 n1_l1_affine_eq_87 -0.1563142091035843
    x_49 n1_l1_affine_eq_88 0.08310922980308533 n1_l1_affine_eq_89 0.05125279724597931
    x_49 n1_l1_affine_eq_90 -0.12020224332809448 n1_l1_affine_eq_91 0.09183171391487122
    x_49 n1_l1_affine_eq_92 0.24488793313503265 n1_l1_affine_eq_93 -0.09391406178474426
    x_49 n1_l1_affine_eq_94 0.09632463753223419 n1_l1_affine_eq_95 0.056681450456380844
    x_49 n1_l1_affine_eq_96 -0.20625273883342743 n1_l1_affine_eq_97 0.006766927894204855
    x_49 n1_l1_affine_eq_98 -0.05616659298539162 n1_l1_affine_eq_99 -0.20822402834892273
    x_49 n2_l1_affine_eq_0 0.5061485171318054 n2_l1_affine_eq_1 -0.17621342837810516
    x_49 n2_l1_affine_eq_2 -0.23295263946056366 n2_l1_affine_eq_3 0.1292409896850586
    x_49 n2_l1_affine_eq_4 -0.08649444580078125 n2_l1_affine_eq_5 -0.22903694212436676
    x_49 n2_l1_affine_eq_6 -0.2922370135784149 n2_l1_affine_eq_7 -0.4402105510234833
    x_49 n2_l1_affine_eq_8 0.5156735181808472 n2_l1_affine_eq_9 -0.3925248384475708
    x_49 n2_l1_affine_eq_10 -0.1203734278678894 n2_l1_affine_eq_11 0.630591094493866
    x_49 n2_l1_affine_eq_12 -0.2560535669326782 n2_l1_affine_eq_13 0.09855066984891891
    x_49 n2_l1_affine_eq_14 0.011059117503464222 n2_l1_affine_eq_15 0.08123790472745895
    x_49 n2_l1_affine_eq_16 0.2744388282299042 n2_l1_affine_eq_17 0.007762259338051081
    x_49 n2_l1_affine_eq_18 0.07290278375148773 n2_l1_affine_eq_19 -0.09682605415582657
    x_49 n2_l1_affine_eq_20 -0.9620841145515442 n2_l1_affine_eq_21 -0.316596120595932
    x_49 n2_l1_affine_eq_22 -0.5071912407875061 n2_l1_affine_eq_23 -0.011796197853982449
    x_49 n2_l1_affine_eq_24 -0.3619171679019928 n2_l1_affine_eq_25 -0.22115182876586914
    x_49 n2_l1_affine_eq_26 0.3059232532978058 n2_l1_affine_eq_27 0.22575145959854126
    x_49 n2_l1_affine_eq_28 0.08743175864219666 n2_l1_affine_eq_29 -0.34149065613746643
    x_49 n2_l1_affine_eq_30 -0.20801350474357605 n2_l1_affine_eq_31 2.077103853225708
    x_49 n2_l1_affine_eq_32 -0.1207280308008194 n2_l1_affine_eq_33 -0.38636916875839233
    x_49 n2_l1_affine_eq_34 0.3577705919742584 n2_l1_affine_eq_35 0.33047518134117126
    x_49 n2_l1_affine_eq_36 -0.14235751330852509 n2_l1_affine_eq_37 -0.010128439404070377
    x_49 n2_l1_affine_eq_38 0.4028439223766327 n2_l1_affine_eq_39 0.17245177924633026
    x_50 n1_l1_affine_eq_0 0.2173852026462555 n1_l1_affine_eq_1 0.15228833258152008
    x_50 n1_l1_affine_eq_2 0.39412277936935425 n1_l1_affine_eq_3 -0.2521219849586487
    x_50 n1_l1_affine_eq_4 0.0025247877929359674 n1_l1_affine_eq_5 -0.25595909357070923
    x_50 n1_l1_affine_eq_6 0.020471887663006783 n1_l1_affine_eq_7 0.3284221291542053
    x_50 n1_l1_affine_eq_8 0.06979793310165405 n1_l1_affine_eq_9 0.08405022323131561
    x_50 n1_l1_affine_eq_10 0.04247245565056801 n1_l1_affine_eq_11 0.2593275010585785
    x_50 n1_l1_affine_eq_12 0.19629429280757904 n1_l1_affine_eq_13 0.09368368238210678
    x_50 n1_l1_affine_eq_14 -0.1091422438621521 n1_l1_affine_eq_15 0.010246340185403824
    x_50 n1_l1_affine_eq_16 -0.0774243175983429 n1_l1_affine_eq_17 -0.2707218527793884
    x_50 n1_l1_affine_eq_18 -0.17178604006767273 n1_l1_affine_eq_19 -0.1431148797273636
    x_50 n1_l1_affine_eq_20 0.1385120302438736 n1_l1_affine_eq_21 -0.0041045635007321835
    x_50 n1_l1_affine_eq_22 0.15679706633090973 n1_l1_affine_eq_23 -0.1632477045059204
    x_50 n1_l1_affine_eq_24 0.1524839997291565 n1_l1_affine_eq_25 -0.14633646607398987
    x_50 n1_l1_affine_eq_26 -0.1251160353422165 n1_l1_affine_eq_27 0.06497497856616974
    x_50 n1_l1_affine_eq_28 -0.25016090273857117 n1_l1_affine_eq_29 -0.09453791379928589
    x_50 n1_l1_affine_eq_30 0.09103819727897644 n1_l1_affine_eq_31 0.08984916657209396
    x_50 n1_l1_affine_eq_32 -0.0598902627825737 n1_l1_affine_eq_33 0.16307270526885986
    x_50 n1_l1_affine_eq_34 -0.04314400628209114 n1_l1_affine_eq_35 -0.17175744473934174
    x_50 n1_l1_affine_eq_36 0.07810241729021072 n1_l1_affine_eq_37 -0.004204637836664915
    x_50 n1_l1_affine_eq_38 -0.024774586781859398 n1_l1_affine_eq_39 0.35229480266571045
    x_50 n1_l1_affine_eq_40 0.009119023568928242 n1_l1_affine_eq_41 -0.3557012677192688
    x_50 n1_l1_affine_eq_42 0.14302581548690796 n1_l1_affine_eq_43 0.09452170878648758
    x_50 n1_l1_affine_eq_44 0.2274872213602066 n1_l1_affine_eq_45 0.0936259925365448
    x_50 n1_l1_affine_eq_46 -0.08504653722047806 n1_l1_affine_eq_47 0.13648274540901184
    x_50 n1_l1_affine_eq_48 0.1894892007112503 n1_l1_affine_eq_49 -0.218124657869339
    x_50 n1_l1_affine_eq_50 -0.11127690970897675 n1_l1_affine_eq_51 0.04892677068710327
    x_50 n1_l1_affine_eq_52 0.033285148441791534 n1_l1_affine_eq_53 -0.06869073212146759
    x_50 n1_l1_affine_eq_54 -0.22797782719135284 n1_l1_affine_eq_55 0.031443510204553604
    x_50 n1_l1_affine_eq_56 -0.12087328732013702 n1_l1_affine_eq_57 -0.1368655562400818
    x_50 n1_l1_affine_eq_58 -0.1565866619348526 n1_l1_affine_eq_59 0.006043268833309412
    x_50 n1_l1_affine_eq_60 -0.11125435680150986 n1_l1_affine_eq_61 -0.02585434354841709
    x_50 n1_l1_affine_eq_62 0.15400484204292297 n1_l1_affine_eq_63 0.03399339318275452
    x_50 n1_l1_affine_eq_64 0.13463440537452698 n1_l1_affine_eq_65 -0.084053173661232
    x_50 n1_l1_affine_eq_66 -0.24065929651260376 n1_l1_affine_eq_67 -0.06211826205253601
    x_50 n1_l1_affine_eq_68 -0.07699226588010788 n1_l1_affine_eq_69 -0.03987546265125275
    x_50 n1_l1_affine_eq_70 0.3319683074951172 n1_l1_affine_eq_71 0.001633155974559486
    x_50 n1_l1_affine_eq_72 -0.09953910857439041 n1_l1_affine_eq_73 0.03953365981578827
    x_50 n1_l1_affine_eq_74 0.2662205696105957 n1_l1_affine_eq_75 0.17965225875377655
    x_50 n1_l1_affine_eq_76 0.04978572949767113 n1_l1_affine_eq_77 -0.20376774668693542
    x_50 n1_l1_affine_eq_78 0.26488587260246277 n1_l1_affine_eq_79 0.13260836899280548
    x_50 n1_l1_affine_eq_80 -0.019889112561941147 n1_l1_affine_eq_81 0.20907843112945557
    x_50 n1_l1_affine_eq_82 0.5018723011016846 n1_l1_affine_eq_83 -0.15971976518630981
    x_50 n1_l1_affine_eq_84 0.07041750103235245 n1_l1_affine_eq_85 0.19158180058002472
    x_50 n1_l1_affine_eq_86 -0.08991703391075134 n1_l1_affine_eq_87 -0.29291582107543945
    x_50 n1_l1_affine_eq_88 -0.05700169876217842 n1_l1_affine_eq_89 0.04045957699418068
    x_50 n1_l1_affine_eq_90 -0.13392934203147888 n1_l1_affine_eq_91 0.19834059476852417
    x_50 n1_l1_affine_eq_92 0.14400862157344818 n1_l1_affine_eq_93 -0.006375710479915142
    x_50 n1_l1_affine_eq_94 0.06522472202777863 n1_l1_affine_eq_95 -0.3175981938838959
    x_50 n1_l1_affine_eq_96 -0.14680100977420807 n1_l1_affine_eq_97 0.15258163213729858
    x_50 n1_l1_affine_eq_98 -0.11794812232255936 n1_l1_affine_eq_99 -0.12280203402042389
    x_50 n2_l1_affine_eq_0 0.2814468443393707 n2_l1_affine_eq_1 0.19699667394161224
    x_50 n2_l1_affine_eq_2 -0.3720233738422394 n2_l1_affine_eq_3 -0.28793320059776306
    x_50 n2_l1_affine_eq_4 -0.4332798421382904 n2_l1_affine_eq_5 -0.08645175397396088
    x_50 n2_l1_affine_eq_6 0.24969032406806946 n2_l1_affine_eq_7 -0.17695719003677368
    x_50 n2_l1_affine_eq_8 0.33490273356437683 n2_l1_affine_eq_9 -0.12346766889095306
    x_50 n2_l1_affine_eq_10 0.3239573538303375 n2_l1_affine_eq_11 0.2301771640777588
    x_50 n2_l1_affine_eq_12 -0.6553006172180176 n2_l1_affine_eq_13 0.549933671951294
    x_50 n2_l1_affine_eq_14 -0.30280935764312744 n2_l1_affine_eq_15 0.87099289894104
    x_50 n2_l1_affine_eq_16 0.014107643626630306 n2_l1_affine_eq_17 0.0504545159637928
    x_50 n2_l1_affine_eq_18 0.21510440111160278 n2_l1_affine_eq_19 0.15657266974449158
    x_50 n2_l1_affine_eq_20 -0.7371551990509033 n2_l1_affine_eq_21 -0.108442522585392
    x_50 n2_l1_affine_eq_22 0.12894095480442047 n2_l1_affine_eq_23 0.34950801730155945
    x_50 n2_l1_affine_eq_24 -0.030488068237900734 n2_l1_affine_eq_25 -0.0006006883922964334
    x_50 n2_l1_affine_eq_26 -0.25751030445098877 n2_l1_affine_eq_27 -0.25693100690841675
    x_50 n2_l1_affine_eq_28 -0.1413055956363678 n2_l1_affine_eq_29 -0.33685871958732605
    x_50 n2_l1_affine_eq_30 -0.43738675117492676 n2_l1_affine_eq_31 0.2607913017272949
    x_50 n2_l1_affine_eq_32 0.07972189038991928 n2_l1_affine_eq_33 -0.30043068528175354
    x_50 n2_l1_affine_eq_34 -0.17228221893310547 n2_l1_affine_eq_35 0.09266428649425507
    x_50 n2_l1_affine_eq_36 -0.11470108479261398 n2_l1_affine_eq_37 0.36917075514793396
    x_50 n2_l1_affine_eq_38 -0.14284546673297882 n2_l1_affine_eq_39 -0.29752808809280396
    x_51 n1_l1_affine_eq_0 0.02834668755531311 n1_l1_affine_eq_1 0.10443124175071716
    x_51 n1_l1_affine_eq_2 0.12121576815843582 n1_l1_affine_eq_3 -0.08136145770549774
    x_51 n1_l1_affine_eq_4 -0.1924627423286438 n1_l1_affine_eq_5 -0.07464014738798141
    x_51 n1_l1_affine_eq_6 -0.08892480283975601 n1_l1_affine_eq_7 0.275662362575531
    x_51 n1_l1_affine_eq_8 -0.2697896659374237 n1_l1_affine_eq_9 -0.06643359363079071
    x_51 n1_l1_affine_eq_10 -0.05468694120645523 n1_l1_affine_eq_11 0.160694882273674
    x_51 n1_l1_affine_eq_12 0.1393456757068634 n1_l1_affine_eq_13 0.024424578994512558
    x_51 n1_l1_affine_eq_14 -0.23735812306404114 n1_l1_affine_eq_15 -0.06038350611925125
    x_51 n1_l1_affine_eq_16 0.20682655274868011 n1_l1_affine_eq_17 -0.23737159371376038
    x_51 n1_l1_affine_eq_18 -0.28632861375808716 n1_l1_affine_eq_19 -0.1756432056427002
    x_51 n1_l1_affine_eq_20 0.03275410458445549 n1_l1_affine_eq_21 0.06222861632704735
    x_51 n1_l1_affine_eq_22 -0.15172834694385529 n1_l1_affine_eq_23 0.07196742296218872
    x_51 n1_l1_affine_eq_24 -0.04426959529519081 n1_l1_affine_eq_25 0.02750798501074314
    x_51 n1_l1_affine_eq_26 -0.2007107436656952 n1_l1_affine_eq_27 0.08012982457876205
    x_51 n1_l1_affine_eq_28 -0.1722334623336792 n1_l1_affine_eq_29 -0.17591094970703125
    x_51 n1_l1_affine_eq_30 0.18520957231521606 n1_l1_affine_eq_31 0.22516337037086487
    x_51 n1_l1_affine_eq_32 -0.23735356330871582 n1_l1_affine_eq_33 0.28285151720046997
    x_51 n1_l1_affine_eq_34 0.016144806519150734 n1_l1_affine_eq_35 0.0035056481137871742
    x_51 n1_l1_affine_eq_36 -0.13478267192840576 n1_l1_affine_eq_37 -0.07677705585956573
    x_51 n1_l1_affine_eq_38 0.03161991760134697 n1_l1_affine_eq_39 0.3001003563404083
    x_51 n1_l1_affine_eq_40 0.2596471607685089 n1_l1_affine_eq_41 -0.061370380222797394
    x_51 n1_l1_affine_eq_42 0.23838387429714203 n1_l1_affine_eq_43 -0.10349012911319733
    x_51 n1_l1_affine_eq_44 0.23796343803405762 n1_l1_affine_eq_45 -0.1375819444656372
    x_51 n1_l1_affine_eq_46 -0.12157496809959412 n1_l1_affine_eq_47 0.07151266187429428
    x_51 n1_l1_affine_eq_48 0.07387097179889679 n1_l1_affine_eq_49 0.019294699653983116
    x_51 n1_l1_affine_eq_50 -0.056103773415088654 n1_l1_affine_eq_51 0.015518383122980595
    x_51 n1_l1_affine_eq_52 -0.10820754617452621 n1_l1_affine_eq_53 0.15643596649169922
    x_51 n1_l1_affine_eq_54 -0.25468748807907104 n1_l1_affine_eq_55 0.05718076229095459
    x_51 n1_l1_affine_eq_56 0.08464132994413376 n1_l1_affine_eq_57 0.04345674440264702
    x_51 n1_l1_affine_eq_58 -0.09019430726766586 n1_l1_affine_eq_59 0.0301362294703722
    x_51 n1_l1_affine_eq_60 -0.2952537536621094 n1_l1_affine_eq_61 -0.05907727777957916
    x_51 n1_l1_affine_eq_62 0.05242910236120224 n1_l1_affine_eq_63 -0.13378886878490448
    x_51 n1_l1_affine_eq_64 -0.06755085289478302 n1_l1_affine_eq_65 -0.1430051475763321
    x_51 n1_l1_affine_eq_66 -0.14871805906295776 n1_l1_affine_eq_67 -0.05971558764576912
    x_51 n1_l1_affine_eq_68 0.02819865010678768 n1_l1_affine_eq_69 -0.13713224232196808
    x_51 n1_l1_affine_eq_70 0.07085518538951874 n1_l1_affine_eq_71 -0.2570713758468628
    x_51 n1_l1_affine_eq_72 -0.03471294417977333 n1_l1_affine_eq_73 -0.09159854054450989
    x_51 n1_l1_affine_eq_74 -0.12687242031097412 n1_l1_affine_eq_75 0.022097010165452957
    x_51 n1_l1_affine_eq_76 -0.17871440947055817 n1_l1_affine_eq_77 -0.25589945912361145
    x_51 n1_l1_affine_eq_78 0.08221160620450974 n1_l1_affine_eq_79 0.25353923439979553
    x_51 n1_l1_affine_eq_80 -0.10525890439748764 n1_l1_affine_eq_81 -0.02584201656281948
    x_51 n1_l1_affine_eq_82 0.19907216727733612 n1_l1_affine_eq_83 -0.1360306292772293
    x_51 n1_l1_affine_eq_84 0.05954685062170029 n1_l1_affine_eq_85 0.12401475012302399
    x_51 n1_l1_affine_eq_86 -0.09857428818941116 n1_l1_affine_eq_87 -0.25441840291023254
    x_51 n1_l1_affine_eq_88 -0.15220221877098083 n1_l1_affine_eq_89 0.0408548004925251
    x_51 n1_l1_affine_eq_90 0.09132564812898636 n1_l1_affine_eq_91 -0.03739321604371071
    x_51 n1_l1_affine_eq_92 0.2408829778432846 n1_l1_affine_eq_93 -0.09494446218013763
    x_51 n1_l1_affine_eq_94 -0.18503421545028687 n1_l1_affine_eq_95 -0.2660847306251526
    x_51 n1_l1_affine_eq_96 0.31445273756980896 n1_l1_affine_eq_97 0.00022033843561075628
    x_51 n1_l1_affine_eq_98 0.07598808407783508 n1_l1_affine_eq_99 0.15034610033035278
    x_51 n2_l1_affine_eq_0 -0.35746708512306213 n2_l1_affine_eq_1 0.22481952607631683
    x_51 n2_l1_affine_eq_2 0.28414270281791687 n2_l1_affine_eq_3 -0.39983898401260376
    x_51 n2_l1_affine_eq_4 -0.23063667118549347 n2_l1_affine_eq_5 -0.10326023399829865
    x_51 n2_l1_affine_eq_6 0.027191031724214554 n2_l1_affine_eq_7 -0.07087846100330353
    x_51 n2_l1_affine_eq_8 -0.0838441252708435 n2_l1_affine_eq_9 0.2153678834438324
    x_51 n2_l1_affine_eq_10 0.2761680781841278 n2_l1_affine_eq_11 -0.011094186455011368
    x_51 n2_l1_affine_eq_12 -0.1795388013124466 n2_l1_affine_eq_13 0.34677278995513916
    x_51 n2_l1_affine_eq_14 -0.059702370315790176 n2_l1_affine_eq_15 0.448246031999588
    x_51 n2_l1_affine_eq_16 -0.4562734365463257 n2_l1_affine_eq_17 -0.6227203011512756
    x_51 n2_l1_affine_eq_18 -0.08944999426603317 n2_l1_affine_eq_19 -0.3532855212688446
    x_51 n2_l1_affine_eq_20 -0.80604487657547 n2_l1_affine_eq_21 -0.38356834650039673
    x_51 n2_l1_affine_eq_22 -0.06358408182859421 n2_l1_affine_eq_23 0.13227003812789917
    x_51 n2_l1_affine_eq_24 -0.25304868817329407 n2_l1_affine_eq_25 0.17356862127780914
    x_51 n2_l1_affine_eq_26 -0.2385154515504837 n2_l1_affine_eq_27 -0.08864571899175644
    x_51 n2_l1_affine_eq_28 0.11190878599882126 n2_l1_affine_eq_29 -0.22482992708683014
    x_51 n2_l1_affine_eq_30 -0.6080778241157532 n2_l1_affine_eq_31 -0.14291654527187347
    x_51 n2_l1_affine_eq_32 -0.04256579652428627 n2_l1_affine_eq_33 -0.4553615152835846
    x_51 n2_l1_affine_eq_34 -0.17396071553230286 n2_l1_affine_eq_35 -0.19670350849628448
    x_51 n2_l1_affine_eq_36 0.10849804431200027 n2_l1_affine_eq_37 -0.018649855628609657
    x_51 n2_l1_affine_eq_38 -0.41664227843284607 n2_l1_affine_eq_39 -0.3779694437980652
    x_52 n1_l1_affine_eq_0 0.15345275402069092 n1_l1_affine_eq_1 -0.05201863497495651
    x_52 n1_l1_affine_eq_2 -0.29103967547416687 n1_l1_affine_eq_3 0.13323791325092316
    x_52 n1_l1_affine_eq_4 -0.0271435733884573 n1_l1_affine_eq_5 -0.08913668245077133
    x_52 n1_l1_affine_eq_6 0.0018169292015954852 n1_l1_affine_eq_7 -0.1437397450208664
    x_52 n1_l1_affine_eq_8 0.5308998227119446 n1_l1_affine_eq_9 0.18889488279819489
    x_52 n1_l1_affine_eq_10 -0.2841896116733551 n1_l1_affine_eq_11 0.15104448795318604
    x_52 n1_l1_affine_eq_12 -0.13311873376369476 n1_l1_affine_eq_13 -0.21996906399726868
    x_52 n1_l1_affine_eq_14 0.22868438065052032 n1_l1_affine_eq_15 0.029755311086773872
    x_52 n1_l1_affine_eq_16 -0.06991305202245712 n1_l1_affine_eq_17 -0.07053043693304062
    x_52 n1_l1_affine_eq_18 -0.05108703672885895 n1_l1_affine_eq_19 0.210835263133049
    x_52 n1_l1_affine_eq_20 0.01339995488524437 n1_l1_affine_eq_21 -0.09682948887348175
    x_52 n1_l1_affine_eq_22 0.13449221849441528 n1_l1_affine_eq_23 -0.04311169683933258
    x_52 n1_l1_affine_eq_24 0.07632622867822647 n1_l1_affine_eq_25 0.018523292616009712
    x_52 n1_l1_affine_eq_26 -0.10478954762220383 n1_l1_affine_eq_27 0.03971220925450325
    x_52 n1_l1_affine_eq_28 -0.06191707029938698 n1_l1_affine_eq_29 -0.20794770121574402
    x_52 n1_l1_affine_eq_30 -0.0072531444020569324 n1_l1_affine_eq_31 -0.054237741976976395
    x_52 n1_l1_affine_eq_32 -0.15326915681362152 n1_l1_affine_eq_33 0.1720043420791626
    x_52 n1_l1_affine_eq_34 0.02750588394701481 n1_l1_affine_eq_35 0.26120907068252563
    x_52 n1_l1_affine_eq_36 -0.3087451457977295 n1_l1_affine_eq_37 0.20486535131931305
    x_52 n1_l1_affine_eq_38 0.11422029137611389 n1_l1_affine_eq_39 -0.011452830396592617
    x_52 n1_l1_affine_eq_40 0.0761287733912468 n1_l1_affine_eq_41 -0.05253315344452858
    x_52 n1_l1_affine_eq_42 0.08726000040769577 n1_l1_affine_eq_43 -0.09921722859144211
    x_52 n1_l1_affine_eq_44 -0.04560641199350357 n1_l1_affine_eq_45 -0.1692621111869812
    x_52 n1_l1_affine_eq_46 0.05072338506579399 n1_l1_affine_eq_47 -0.23127667605876923
    x_52 n1_l1_affine_eq_48 -0.1614350527524948 n1_l1_affine_eq_49 -0.08053503185510635
    x_52 n1_l1_affine_eq_50 0.33371561765670776 n1_l1_affine_eq_51 0.1273164004087448
    x_52 n1_l1_affine_eq_52 -0.1561039239168167 n1_l1_affine_eq_53 0.0247066468000412
    x_52 n1_l1_affine_eq_54 -0.11528531461954117 n1_l1_affine_eq_55 -0.24291273951530457
    x_52 n1_l1_affine_eq_56 0.10260442644357681 n1_l1_affine_eq_57 -0.1557866334915161
    x_52 n1_l1_affine_eq_58 -0.0923733040690422 n1_l1_affine_eq_59 -0.07708180695772171
    x_52 n1_l1_affine_eq_60 -0.29063424468040466 n1_l1_affine_eq_61 -0.028243277221918106
    x_52 n1_l1_affine_eq_62 0.08374404907226562 n1_l1_affine_eq_63 0.16210651397705078
    x_52 n1_l1_affine_eq_64 0.1614968478679657 n1_l1_affine_eq_65 -0.16366855800151825
    x_52 n1_l1_affine_eq_66 0.05577818304300308 n1_l1_affine_eq_67 0.046172745525836945
    x_52 n1_l1_affine_eq_68 0.15287043154239655 n1_l1_affine_eq_69 -0.28285279870033264
    x_52 n1_l1_affine_eq_70 -0.053673118352890015 n1_l1_affine_eq_71 0.27433496713638306
    x_52 n1_l1_affine_eq_72 0.18308693170547485 n1_l1_affine_eq_73 0.021126847714185715
    x_52 n1_l1_affine_eq_74 0.06754924356937408 n1_l1_affine_eq_75 -0.05767005681991577
    x_52 n1_l1_affine_eq_76 0.08297432214021683 n1_l1_affine_eq_77 0.002759256400167942
    x_52 n1_l1_affine_eq_78 0.2283879816532135 n1_l1_affine_eq_79 0.13549743592739105
    x_52 n1_l1_affine_eq_80 0.07739998400211334 n1_l1_affine_eq_81 -0.023617662489414215
    x_52 n1_l1_affine_eq_82 -0.08038907498121262 n1_l1_affine_eq_83 0.12133380025625229
    x_52 n1_l1_affine_eq_84 -0.10593362152576447 n1_l1_affine_eq_85 -0.18227128684520721
    x_52 n1_l1_affine_eq_86 0.2926582992076874 n1_l1_affine_eq_87 -0.19347961246967316
    x_52 n1_l1_affine_eq_88 -0.06542561203241348 n1_l1_affine_eq_89 -0.13270792365074158
    x_52 n1_l1_affine_eq_90 0.09326177090406418 n1_l1_affine_eq_91 -0.0749332532286644
    x_52 n1_l1_affine_eq_92 0.2753916382789612 n1_l1_affine_eq_93 -0.28460732102394104
    x_52 n1_l1_affine_eq_94 -0.04888898506760597 n1_l1_affine_eq_95 -0.18395276367664337
    x_52 n1_l1_affine_eq_96 0.24373270571231842 n1_l1_affine_eq_97 0.12754486501216888
    x_52 n1_l1_affine_eq_98 0.20449665188789368 n1_l1_affine_eq_99 0.23463402688503265
    x_52 n2_l1_affine_eq_0 -0.2930583357810974 n2_l1_affine_eq_1 0.2782149016857147
    x_52 n2_l1_affine_eq_2 0.30597081780433655 n2_l1_affine_eq_3 0.19659331440925598
    x_52 n2_l1_affine_eq_4 0.3615923225879669 n2_l1_affine_eq_5 -0.07136159390211105
    x_52 n2_l1_affine_eq_6 -0.5558483004570007 n2_l1_affine_eq_7 -0.12984926998615265
    x_52 n2_l1_affine_eq_8 -0.5110816359519958 n2_l1_affine_eq_9 0.1658070981502533
    x_52 n2_l1_affine_eq_10 -0.08167866617441177 n2_l1_affine_eq_11 -0.2746891677379608
    x_52 n2_l1_affine_eq_12 -0.12162760645151138 n2_l1_affine_eq_13 -0.443116158246994
    x_52 n2_l1_affine_eq_14 0.2842075824737549 n2_l1_affine_eq_15 0.6396966576576233
    x_52 n2_l1_affine_eq_16 -0.2314210683107376 n2_l1_affine_eq_17 -0.17491203546524048
    x_52 n2_l1_affine_eq_18 0.08683910220861435 n2_l1_affine_eq_19 -0.5245535373687744
    x_52 n2_l1_affine_eq_20 0.13940414786338806 n2_l1_affine_eq_21 -0.0608927421271801
    x_52 n2_l1_affine_eq_22 0.4891621768474579 n2_l1_affine_eq_23 -0.042098697274923325
    x_52 n2_l1_affine_eq_24 -0.1275474578142166 n2_l1_affine_eq_25 0.16690905392169952
    x_52 n2_l1_affine_eq_26 -0.5219475030899048 n2_l1_affine_eq_27 0.0255254115909338
    x_52 n2_l1_affine_eq_28 -0.17868934571743011 n2_l1_affine_eq_29 0.0009964926866814494
    x_52 n2_l1_affine_eq_30 -0.1804773360490799 n2_l1_affine_eq_31 -0.1623533070087433
    x_52 n2_l1_affine_eq_32 0.1636497527360916 n2_l1_affine_eq_33 -0.5566474795341492
    x_52 n2_l1_affine_eq_34 0.6460820436477661 n2_l1_affine_eq_35 0.1633603721857071
    x_52 n2_l1_affine_eq_36 -0.32735252380371094 n2_l1_affine_eq_37 0.16625156998634338
    x_52 n2_l1_affine_eq_38 -0.24600733816623688 n2_l1_affine_eq_39 0.6795592308044434
    x_53 n1_l1_affine_eq_0 0.1389254480600357 n1_l1_affine_eq_1 0.3183611035346985
    x_53 n1_l1_affine_eq_2 -0.06821563094854355 n1_l1_affine_eq_3 0.09542086720466614
    x_53 n1_l1_affine_eq_4 0.08821804821491241 n1_l1_affine_eq_5 0.14195793867111206
    x_53 n1_l1_affine_eq_6 -0.12615060806274414 n1_l1_affine_eq_7 -0.25627198815345764
    x_53 n1_l1_affine_eq_8 0.5215663313865662 n1_l1_affine_eq_9 0.4711942672729492
    x_53 n1_l1_affine_eq_10 -0.5774271488189697 n1_l1_affine_eq_11 0.06620045751333237
    x_53 n1_l1_affine_eq_12 0.01128619909286499 n1_l1_affine_eq_13 0.003962608054280281
    x_53 n1_l1_affine_eq_14 0.30321818590164185 n1_l1_affine_eq_15 -0.1529129445552826
    x_53 n1_l1_affine_eq_16 0.23190003633499146 n1_l1_affine_eq_17 -0.1298721581697464
    x_53 n1_l1_affine_eq_18 0.044162023812532425 n1_l1_affine_eq_19 0.1718536913394928
    x_53 n1_l1_affine_eq_20 0.025289218872785568 n1_l1_affine_eq_21 -0.08890549838542938
    x_53 n1_l1_affine_eq_22 -0.14985179901123047 n1_l1_affine_eq_23 -0.375620037317276
    x_53 n1_l1_affine_eq_24 -0.031680405139923096 n1_l1_affine_eq_25 0.22405444085597992
    x_53 n1_l1_affine_eq_26 -0.1445038616657257 n1_l1_affine_eq_27 -0.19932638108730316
    x_53 n1_l1_affine_eq_28 -0.07824325561523438 n1_l1_affine_eq_29 0.09612849354743958
    x_53 n1_l1_affine_eq_30 0.09232328087091446 n1_l1_affine_eq_31 -0.0875583216547966
    x_53 n1_l1_affine_eq_32 0.18076689541339874 n1_l1_affine_eq_33 -0.174302339553833
    x_53 n1_l1_affine_eq_34 0.18585622310638428 n1_l1_affine_eq_35 -0.007125173229724169
    x_53 n1_l1_affine_eq_36 -0.22835294902324677 n1_l1_affine_eq_37 -0.16879802942276
    x_53 n1_l1_affine_eq_38 -0.03761374577879906 n1_l1_affine_eq_39 0.09436483681201935
    x_53 n1_l1_affine_eq_40 -0.09201633930206299 n1_l1_affine_eq_41 -0.032007209956645966
    x_53 n1_l1_affine_eq_42 -0.3975716829299927 n1_l1_affine_eq_43 0.09557544440031052
    x_53 n1_l1_affine_eq_44 -0.19028493762016296 n1_l1_affine_eq_45 -0.0898566022515297
    x_53 n1_l1_affine_eq_46 0.5955206751823425 n1_l1_affine_eq_47 -0.1602185070514679
    x_53 n1_l1_affine_eq_48 -0.07054708898067474 n1_l1_affine_eq_49 0.1826423853635788
    x_53 n1_l1_affine_eq_50 0.5109042525291443 n1_l1_affine_eq_51 0.07394567877054214
    x_53 n1_l1_affine_eq_52 -0.0515563078224659 n1_l1_affine_eq_53 -0.15444934368133545
    x_53 n1_l1_affine_eq_54 0.023132532835006714 n1_l1_affine_eq_55 -0.191619411110878
    x_53 n1_l1_affine_eq_56 -0.09800097346305847 n1_l1_affine_eq_57 -0.0009290974121540785
    x_53 n1_l1_affine_eq_58 -0.13823874294757843 n1_l1_affine_eq_59 0.13617576658725739
    x_53 n1_l1_affine_eq_60 -0.21105226874351501 n1_l1_affine_eq_61 -0.01857464388012886
    x_53 n1_l1_affine_eq_62 -0.31451085209846497 n1_l1_affine_eq_63 0.013063088990747929
    x_53 n1_l1_affine_eq_64 0.23828981816768646 n1_l1_affine_eq_65 -0.14439955353736877
    x_53 n1_l1_affine_eq_66 -0.0943710058927536 n1_l1_affine_eq_67 -0.12165644764900208
    x_53 n1_l1_affine_eq_68 0.1359333097934723 n1_l1_affine_eq_69 -0.17155277729034424
    x_53 n1_l1_affine_eq_70 -0.100138820707798 n1_l1_affine_eq_71 0.07494737952947617
    x_53 n1_l1_affine_eq_72 0.14725244045257568 n1_l1_affine_eq_73 0.15466000139713287
    x_53 n1_l1_affine_eq_74 0.06493335962295532 n1_l1_affine_eq_75 0.026874016970396042
    x_53 n1_l1_affine_eq_76 0.036639999598264694 n1_l1_affine_eq_77 0.008013708516955376
    x_53 n1_l1_affine_eq_78 0.06654995679855347 n1_l1_affine_eq_79 0.065718874335289
    x_53 n1_l1_affine_eq_80 0.052302874624729156 n1_l1_affine_eq_81 0.055779822170734406
    x_53 n1_l1_affine_eq_82 -0.01652996428310871 n1_l1_affine_eq_83 0.10549239814281464
    x_53 n1_l1_affine_eq_84 -0.06967095285654068 n1_l1_affine_eq_85 -0.17979364097118378
    x_53 n1_l1_affine_eq_86 0.47730350494384766 n1_l1_affine_eq_87 -0.26558777689933777
    x_53 n1_l1_affine_eq_88 0.06680391728878021 n1_l1_affine_eq_89 -0.0071876137517392635
    x_53 n1_l1_affine_eq_90 0.1554398387670517 n1_l1_affine_eq_91 0.13247869908809662
    x_53 n1_l1_affine_eq_92 0.06621299684047699 n1_l1_affine_eq_93 -0.0016389582306146622
    x_53 n1_l1_affine_eq_94 -0.009029027074575424 n1_l1_affine_eq_95 -0.132591113448143
    x_53 n1_l1_affine_eq_96 -0.32073545455932617 n1_l1_affine_eq_97 0.0826679915189743
    x_53 n1_l1_affine_eq_98 0.021437685936689377 n1_l1_affine_eq_99 0.1314505785703659
    x_53 n2_l1_affine_eq_0 -0.09607546776533127 n2_l1_affine_eq_1 0.6082199215888977
    x_53 n2_l1_affine_eq_2 0.14984680712223053 n2_l1_affine_eq_3 -0.10691216588020325
    x_53 n2_l1_affine_eq_4 0.6634944677352905 n2_l1_affine_eq_5 -0.1266278475522995
    x_53 n2_l1_affine_eq_6 -0.22018398344516754 n2_l1_affine_eq_7 -0.3187066614627838
    x_53 n2_l1_affine_eq_8 0.16640491783618927 n2_l1_affine_eq_9 0.18372659385204315
    x_53 n2_l1_affine_eq_10 0.06468796730041504 n2_l1_affine_eq_11 -0.09512017667293549
    x_53 n2_l1_affine_eq_12 -0.25899338722229004 n2_l1_affine_eq_13 -0.2344176173210144
    x_53 n2_l1_affine_eq_14 0.49795418977737427 n2_l1_affine_eq_15 0.4140791893005371
    x_53 n2_l1_affine_eq_16 0.049985188990831375 n2_l1_affine_eq_17 0.8546686172485352
    x_53 n2_l1_affine_eq_18 0.15821649134159088 n2_l1_affine_eq_19 -0.4879281520843506
    x_53 n2_l1_affine_eq_20 0.11268668621778488 n2_l1_affine_eq_21 0.223432257771492
    x_53 n2_l1_affine_eq_22 1.2073019742965698 n2_l1_affine_eq_23 0.13857035338878632
    x_53 n2_l1_affine_eq_24 0.2982873022556305 n2_l1_affine_eq_25 -0.11515320092439651
    x_53 n2_l1_affine_eq_26 -0.5611667633056641 n2_l1_affine_eq_27 -0.12562744319438934
    x_53 n2_l1_affine_eq_28 -0.696662962436676 n2_l1_affine_eq_29 0.021212974563241005
    x_53 n2_l1_affine_eq_30 -0.05088013783097267 n2_l1_affine_eq_31 -0.006694563664495945
    x_53 n2_l1_affine_eq_32 -0.04989339038729668 n2_l1_affine_eq_33 -0.2339494377374649
    x_53 n2_l1_affine_eq_34 0.14868971705436707 n2_l1_affine_eq_35 0.3709148168563843
    x_53 n2_l1_affine_eq_36 -0.029042422771453857 n2_l1_affine_eq_37 0.17511092126369476
    x_53 n2_l1_affine_eq_38 -0.3225153386592865 n2_l1_affine_eq_39 0.7243279814720154
    x_54 n1_l1_affine_eq_0 -0.00852720346301794 n1_l1_affine_eq_1 0.11478376388549805
    x_54 n1_l1_affine_eq_2 0.03808670490980148 n1_l1_affine_eq_3 -0.11524614691734314
    x_54 n1_l1_affine_eq_4 0.344224214553833 n1_l1_affine_eq_5 0.25245070457458496
    x_54 n1_l1_affine_eq_6 0.0062851994298398495 n1_l1_affine_eq_7 -0.04002680629491806
    x_54 n1_l1_affine_eq_8 -0.011966471560299397 n1_l1_affine_eq_9 1.077107548713684
    x_54 n1_l1_affine_eq_10 -0.2809050381183624 n1_l1_affine_eq_11 -0.07058301568031311
    x_54 n1_l1_affine_eq_12 0.021189352497458458 n1_l1_affine_eq_13 0.24695782363414764
    x_54 n1_l1_affine_eq_14 0.3354029655456543 n1_l1_affine_eq_15 0.01671982929110527
    x_54 n1_l1_affine_eq_16 0.5387871265411377 n1_l1_affine_eq_17 -0.17974959313869476
    x_54 n1_l1_affine_eq_18 -0.026372764259576797 n1_l1_affine_eq_19 -0.07255567610263824
    x_54 n1_l1_affine_eq_20 -0.32798513770103455 n1_l1_affine_eq_21 -0.16743157804012299
    x_54 n1_l1_affine_eq_22 -0.023111911490559578 n1_l1_affine_eq_23 -0.13698507845401764
    x_54 n1_l1_affine_eq_24 -0.17685465514659882 n1_l1_affine_eq_25 0.22846101224422455
    x_54 n1_l1_affine_eq_26 -0.12744022905826569 n1_l1_affine_eq_27 -0.2847873568534851
    x_54 n1_l1_affine_eq_28 -0.11700581759214401 n1_l1_affine_eq_29 -0.024892069399356842
    x_54 n1_l1_affine_eq_30 0.3183988034725189 n1_l1_affine_eq_31 -0.03614232316613197
    x_54 n1_l1_affine_eq_32 0.3708142340183258 n1_l1_affine_eq_33 -0.1701539158821106
    x_54 n1_l1_affine_eq_34 0.08092261105775833 n1_l1_affine_eq_35 0.3503023684024811
    x_54 n1_l1_affine_eq_36 -0.25741684436798096 n1_l1_affine_eq_37 0.0532953254878521
    x_54 n1_l1_affine_eq_38 0.22390437126159668 n1_l1_affine_eq_39 0.12463457882404327
    x_54 n1_l1_affine_eq_40 0.1408291906118393 n1_l1_affine_eq_41 0.09987033158540726
    x_54 n1_l1_affine_eq_42 -0.4262377619743347 n1_l1_affine_eq_43 0.21025975048542023
    x_54 n1_l1_affine_eq_44 0.029477054253220558 n1_l1_affine_eq_45 -0.01655304990708828
    x_54 n1_l1_affine_eq_46 -0.027153512462973595 n1_l1_affine_eq_47 0.5083301663398743
    x_54 n1_l1_affine_eq_48 -0.29453045129776 n1_l1_affine_eq_49 0.10559094697237015
    x_54 n1_l1_affine_eq_50 -0.06439106911420822 n1_l1_affine_eq_51 0.057541295886039734
    x_54 n1_l1_affine_eq_52 -0.13549160957336426 n1_l1_affine_eq_53 -0.01910410076379776
    x_54 n1_l1_affine_eq_54 -0.028659336268901825 n1_l1_affine_eq_55 -0.3007010221481323
    x_54 n1_l1_affine_eq_56 0.13025464117527008 n1_l1_affine_eq_57 0.476777046918869
    x_54 n1_l1_affine_eq_58 0.17100104689598083 n1_l1_affine_eq_59 0.07479117065668106
    x_54 n1_l1_affine_eq_60 -0.14323855936527252 n1_l1_affine_eq_61 0.10820283740758896
    x_54 n1_l1_affine_eq_62 -0.10155493021011353 n1_l1_affine_eq_63 -0.029685018584132195
    x_54 n1_l1_affine_eq_64 0.07702622562646866 n1_l1_affine_eq_65 0.16363970935344696
    x_54 n1_l1_affine_eq_66 -0.11584404855966568 n1_l1_affine_eq_67 -0.09249192476272583
    x_54 n1_l1_affine_eq_68 0.15111640095710754 n1_l1_affine_eq_69 -0.37606003880500793
    x_54 n1_l1_affine_eq_70 0.23290309309959412 n1_l1_affine_eq_71 -0.051478903740644455
    x_54 n1_l1_affine_eq_72 -0.08072292804718018 n1_l1_affine_eq_73 0.42205163836479187
    x_54 n1_l1_affine_eq_74 -0.19878481328487396 n1_l1_affine_eq_75 0.02624688856303692
    x_54 n1_l1_affine_eq_76 0.36576828360557556 n1_l1_affine_eq_77 0.12067063897848129
    x_54 n1_l1_affine_eq_78 -0.16427870094776154 n1_l1_affine_eq_79 0.23589497804641724
    x_54 n1_l1_affine_eq_80 0.18823447823524475 n1_l1_affine_eq_81 -0.13185693323612213
    x_54 n1_l1_affine_eq_82 -0.11530640721321106 n1_l1_affine_eq_83 -0.0626433864235878
    x_54 n1_l1_affine_eq_84 0.11123941093683243 n1_l1_affine_eq_85 0.02320238947868347
    x_54 n1_l1_affine_eq_86 -0.06164145469665527 n1_l1_affine_eq_87 -0.1686658412218094
    x_54 n1_l1_affine_eq_88 -0.08599124103784561 n1_l1_affine_eq_89 0.08393069356679916
    x_54 n1_l1_affine_eq_90 0.1598431020975113 n1_l1_affine_eq_91 0.16071823239326477
    x_54 n1_l1_affine_eq_92 -0.4426390826702118 n1_l1_affine_eq_93 -0.01621197536587715
    x_54 n1_l1_affine_eq_94 -0.17438165843486786 n1_l1_affine_eq_95 -0.024247463792562485
    x_54 n1_l1_affine_eq_96 -0.23196883499622345 n1_l1_affine_eq_97 -0.027194850146770477
    x_54 n1_l1_affine_eq_98 -0.1496458649635315 n1_l1_affine_eq_99 0.2050255388021469
    x_54 n2_l1_affine_eq_0 0.3439119756221771 n2_l1_affine_eq_1 0.15811702609062195
    x_54 n2_l1_affine_eq_2 -0.17999805510044098 n2_l1_affine_eq_3 -0.35783419013023376
    x_54 n2_l1_affine_eq_4 1.1919355392456055 n2_l1_affine_eq_5 -0.2580057382583618
    x_54 n2_l1_affine_eq_6 -0.23998093605041504 n2_l1_affine_eq_7 -0.17339791357517242
    x_54 n2_l1_affine_eq_8 1.1179603338241577 n2_l1_affine_eq_9 0.33180874586105347
    x_54 n2_l1_affine_eq_10 -0.5479193329811096 n2_l1_affine_eq_11 -0.01989889144897461
    x_54 n2_l1_affine_eq_12 -0.18486689031124115 n2_l1_affine_eq_13 0.43536096811294556
    x_54 n2_l1_affine_eq_14 0.9923272132873535 n2_l1_affine_eq_15 -0.17528457939624786
    x_54 n2_l1_affine_eq_16 0.5163777470588684 n2_l1_affine_eq_17 1.31429123878479
    x_54 n2_l1_affine_eq_18 0.741943359375 n2_l1_affine_eq_19 -0.9926901459693909
    x_54 n2_l1_affine_eq_20 0.026128025725483894 n2_l1_affine_eq_21 0.11693819612264633
    x_54 n2_l1_affine_eq_22 -0.16118916869163513 n2_l1_affine_eq_23 0.05488080158829689
    x_54 n2_l1_affine_eq_24 0.28720903396606445 n2_l1_affine_eq_25 0.003028996754437685
    x_54 n2_l1_affine_eq_26 -0.47920742630958557 n2_l1_affine_eq_27 -0.37707069516181946
    x_54 n2_l1_affine_eq_28 -1.1146522760391235 n2_l1_affine_eq_29 0.013596181757748127
    x_54 n2_l1_affine_eq_30 0.05436023324728012 n2_l1_affine_eq_31 -0.256123423576355
    x_54 n2_l1_affine_eq_32 0.19151684641838074 n2_l1_affine_eq_33 -0.12412042915821075
    x_54 n2_l1_affine_eq_34 0.14991536736488342 n2_l1_affine_eq_35 0.28246474266052246
    x_54 n2_l1_affine_eq_36 0.4080258309841156 n2_l1_affine_eq_37 -0.3297942280769348
    x_54 n2_l1_affine_eq_38 -0.06789050996303558 n2_l1_affine_eq_39 0.9082076549530029
    x_55 n1_l1_affine_eq_0 0.3701019585132599 n1_l1_affine_eq_1 -0.29767489433288574
    x_55 n1_l1_affine_eq_2 0.1771787405014038 n1_l1_affine_eq_3 -0.06181328371167183
    x_55 n1_l1_affine_eq_4 0.2773105800151825 n1_l1_affine_eq_5 0.435486376285553
    x_55 n1_l1_affine_eq_6 -0.02176494151353836 n1_l1_affine_eq_7 -0.3738456666469574
    x_55 n1_l1_affine_eq_8 -0.12152553349733353 n1_l1_affine_eq_9 -0.34569233655929565
    x_55 n1_l1_affine_eq_10 -0.2582104802131653 n1_l1_affine_eq_11 0.09472934901714325
    x_55 n1_l1_affine_eq_12 0.2208489626646042 n1_l1_affine_eq_13 -0.09514975547790527
    x_55 n1_l1_affine_eq_14 -0.09453605115413666 n1_l1_affine_eq_15 -0.1650378555059433
    x_55 n1_l1_affine_eq_16 0.38206347823143005 n1_l1_affine_eq_17 0.27545446157455444
    x_55 n1_l1_affine_eq_18 0.11348584294319153 n1_l1_affine_eq_19 -0.16540755331516266
    x_55 n1_l1_affine_eq_20 0.09591825306415558 n1_l1_affine_eq_21 -0.37626537680625916
    x_55 n1_l1_affine_eq_22 -0.21422667801380157 n1_l1_affine_eq_23 -0.4540649354457855
    x_55 n1_l1_affine_eq_24 -0.21162815392017365 n1_l1_affine_eq_25 0.18710508942604065
    x_55 n1_l1_affine_eq_26 -0.199834942817688 n1_l1_affine_eq_27 -0.175089493393898
    x_55 n1_l1_affine_eq_28 -0.22336061298847198 n1_l1_affine_eq_29 0.10650710761547089
    x_55 n1_l1_affine_eq_30 0.17240528762340546 n1_l1_affine_eq_31 0.5005911588668823
    x_55 n1_l1_affine_eq_32 0.0646957978606224 n1_l1_affine_eq_33 0.6602712869644165
    x_55 n1_l1_affine_eq_34 0.24145306646823883 n1_l1_affine_eq_35 -0.18099376559257507
    x_55 n1_l1_affine_eq_36 -0.3207736909389496 n1_l1_affine_eq_37 0.3831222653388977
    x_55 n1_l1_affine_eq_38 0.42214134335517883 n1_l1_affine_eq_39 -0.3088364005088806
    x_55 n1_l1_affine_eq_40 0.19612132012844086 n1_l1_affine_eq_41 -0.23788531124591827
    x_55 n1_l1_affine_eq_42 -0.1397455483675003 n1_l1_affine_eq_43 0.03905441239476204
    x_55 n1_l1_affine_eq_44 -0.3494507670402527 n1_l1_affine_eq_45 0.272019624710083
    x_55 n1_l1_affine_eq_46 0.02477230317890644 n1_l1_affine_eq_47 0.32873910665512085
    x_55 n1_l1_affine_eq_48 -0.1200273334980011 n1_l1_affine_eq_49 -0.4569127857685089
    x_55 n1_l1_affine_eq_50 0.07454486936330795 n1_l1_affine_eq_51 0.23420940339565277
    x_55 n1_l1_affine_eq_52 0.01159712765365839 n1_l1_affine_eq_53 0.12964069843292236
    x_55 n1_l1_affine_eq_54 -0.2311246693134308 n1_l1_affine_eq_55 -0.2185913473367691
    x_55 n1_l1_affine_eq_56 0.19500304758548737 n1_l1_affine_eq_57 0.3715289235115051
    x_55 n1_l1_affine_eq_58 0.3346607983112335 n1_l1_affine_eq_59 -0.18118129670619965
    x_55 n1_l1_affine_eq_60 -0.4009236991405487 n1_l1_affine_eq_61 -0.12830547988414764
    x_55 n1_l1_affine_eq_62 0.22199109196662903 n1_l1_affine_eq_63 -0.357735276222229
    x_55 n1_l1_affine_eq_64 0.08662928640842438 n1_l1_affine_eq_65 -0.06203164532780647
    x_55 n1_l1_affine_eq_66 -0.29279130697250366 n1_l1_affine_eq_67 0.2779589891433716
    x_55 n1_l1_affine_eq_68 0.2855674624443054 n1_l1_affine_eq_69 -0.006623340304940939
    x_55 n1_l1_affine_eq_70 0.21853195130825043 n1_l1_affine_eq_71 0.2813311815261841
    x_55 n1_l1_affine_eq_72 -0.11640283465385437 n1_l1_affine_eq_73 0.5890982151031494
    x_55 n1_l1_affine_eq_74 0.11332648992538452 n1_l1_affine_eq_75 0.26077064871788025
    x_55 n1_l1_affine_eq_76 0.1179589182138443 n1_l1_affine_eq_77 0.43057265877723694
    x_55 n1_l1_affine_eq_78 -0.44195985794067383 n1_l1_affine_eq_79 0.05757813900709152
    x_55 n1_l1_affine_eq_80 0.458307147026062 n1_l1_affine_eq_81 -0.0866052657365799
    x_55 n1_l1_affine_eq_82 0.04463178664445877 n1_l1_affine_eq_83 -0.025949785485863686
    x_55 n1_l1_affine_eq_84 -0.06534838676452637 n1_l1_affine_eq_85 -0.28369399905204773
    x_55 n1_l1_affine_eq_86 0.09507481008768082 n1_l1_affine_eq_87 -0.2051774561405182
    x_55 n1_l1_affine_eq_88 -0.0003162443754263222 n1_l1_affine_eq_89 -0.24241872131824493
    x_55 n1_l1_affine_eq_90 0.3035026788711548 n1_l1_affine_eq_91 0.4126925468444824
    x_55 n1_l1_affine_eq_92 -0.28255242109298706 n1_l1_affine_eq_93 0.13103817403316498
    x_55 n1_l1_affine_eq_94 -0.09887491166591644 n1_l1_affine_eq_95 0.0042267716489732265
    x_55 n1_l1_affine_eq_96 -0.2210969626903534 n1_l1_affine_eq_97 0.1337396502494812
    x_55 n1_l1_affine_eq_98 0.17025558650493622 n1_l1_affine_eq_99 0.5918623208999634
    x_55 n2_l1_affine_eq_0 0.3478178381919861 n2_l1_affine_eq_1 0.0165792778134346
    x_55 n2_l1_affine_eq_2 0.7115399241447449 n2_l1_affine_eq_3 1.4694091081619263
    x_55 n2_l1_affine_eq_4 -0.5037339925765991 n2_l1_affine_eq_5 -0.0019180215895175934
    x_55 n2_l1_affine_eq_6 -0.3171818256378174 n2_l1_affine_eq_7 -0.18430271744728088
    x_55 n2_l1_affine_eq_8 1.1169915199279785 n2_l1_affine_eq_9 0.7460687160491943
    x_55 n2_l1_affine_eq_10 -0.39073145389556885 n2_l1_affine_eq_11 -0.35041311383247375
    x_55 n2_l1_affine_eq_12 0.7029373049736023 n2_l1_affine_eq_13 0.0737450122833252
    x_55 n2_l1_affine_eq_14 -0.12055892497301102 n2_l1_affine_eq_15 -0.28512588143348694
    x_55 n2_l1_affine_eq_16 -0.033641964197158813 n2_l1_affine_eq_17 -0.5667458176612854
    x_55 n2_l1_affine_eq_18 1.2026398181915283 n2_l1_affine_eq_19 -0.6306285858154297
    x_55 n2_l1_affine_eq_20 0.07303889095783234 n2_l1_affine_eq_21 1.1924493312835693
    x_55 n2_l1_affine_eq_22 0.24258682131767273 n2_l1_affine_eq_23 -0.5680736899375916
    x_55 n2_l1_affine_eq_24 0.6059441566467285 n2_l1_affine_eq_25 0.23261608183383942
    x_55 n2_l1_affine_eq_26 0.14207106828689575 n2_l1_affine_eq_27 -0.6821013689041138
    x_55 n2_l1_affine_eq_28 -1.5703531503677368 n2_l1_affine_eq_29 0.23581887781620026
    x_55 n2_l1_affine_eq_30 -1.023884892463684 n2_l1_affine_eq_31 0.07378175109624863
    x_55 n2_l1_affine_eq_32 1.3954404592514038 n2_l1_affine_eq_33 -0.01512032188475132
    x_55 n2_l1_affine_eq_34 0.7990231513977051 n2_l1_affine_eq_35 -0.496056467294693
    x_55 n2_l1_affine_eq_36 0.039072442799806595 n2_l1_affine_eq_37 -0.03810001164674759
    x_55 n2_l1_affine_eq_38 0.6353183388710022 n2_l1_affine_eq_39 0.33541151881217957
    x_56 n1_l1_affine_eq_0 -0.6693336963653564 n1_l1_affine_eq_1 0.14708678424358368
    x_56 n1_l1_affine_eq_2 -0.0580826960504055 n1_l1_affine_eq_3 -0.0061440542340278625
    x_56 n1_l1_affine_eq_4 0.8567946553230286 n1_l1_affine_eq_5 0.20480641722679138
    x_56 n1_l1_affine_eq_6 -0.014348536729812622 n1_l1_affine_eq_7 0.22605326771736145
    x_56 n1_l1_affine_eq_8 -0.08881780505180359 n1_l1_affine_eq_9 0.027008919045329094
    x_56 n1_l1_affine_eq_10 0.21717193722724915 n1_l1_affine_eq_11 -0.0522579699754715
    x_56 n1_l1_affine_eq_12 -0.5326786041259766 n1_l1_affine_eq_13 -0.2214994728565216
    x_56 n1_l1_affine_eq_14 -0.39966052770614624 n1_l1_affine_eq_15 -0.19469982385635376
    x_56 n1_l1_affine_eq_16 -0.30965766310691833 n1_l1_affine_eq_17 -0.2109147012233734
    x_56 n1_l1_affine_eq_18 -0.6731542348861694 n1_l1_affine_eq_19 -0.6996204257011414
    x_56 n1_l1_affine_eq_20 -0.1108795776963234 n1_l1_affine_eq_21 0.030855026096105576
    x_56 n1_l1_affine_eq_22 0.21764735877513885 n1_l1_affine_eq_23 -0.16617754101753235
    x_56 n1_l1_affine_eq_24 -0.030896594747900963 n1_l1_affine_eq_25 0.06502821296453476
    x_56 n1_l1_affine_eq_26 0.18011687695980072 n1_l1_affine_eq_27 0.11874102801084518
    x_56 n1_l1_affine_eq_28 -0.3463633358478546 n1_l1_affine_eq_29 -0.03429925814270973
    x_56 n1_l1_affine_eq_30 0.25385817885398865 n1_l1_affine_eq_31 0.15817274153232574
    x_56 n1_l1_affine_eq_32 -0.08520621061325073 n1_l1_affine_eq_33 -0.09459986537694931
    x_56 n1_l1_affine_eq_34 -0.08335554599761963 n1_l1_affine_eq_35 -0.5893057584762573
    x_56 n1_l1_affine_eq_36 0.575036346912384 n1_l1_affine_eq_37 -0.1316438615322113
    x_56 n1_l1_affine_eq_38 0.19328421354293823 n1_l1_affine_eq_39 -0.4030393660068512
    x_56 n1_l1_affine_eq_40 -0.05224788933992386 n1_l1_affine_eq_41 0.19821962714195251
    x_56 n1_l1_affine_eq_42 0.04069126024842262 n1_l1_affine_eq_43 0.09971445798873901
    x_56 n1_l1_affine_eq_44 -0.3259652853012085 n1_l1_affine_eq_45 0.5529455542564392
    x_56 n1_l1_affine_eq_46 0.2814452350139618 n1_l1_affine_eq_47 -0.3553970158100128
    x_56 n1_l1_affine_eq_48 0.28225433826446533 n1_l1_affine_eq_49 -0.194028839468956
    x_56 n1_l1_affine_eq_50 -0.0800853967666626 n1_l1_affine_eq_51 0.17070601880550385
    x_56 n1_l1_affine_eq_52 -0.1594739556312561 n1_l1_affine_eq_53 0.14919370412826538
    x_56 n1_l1_affine_eq_54 0.0846935287117958 n1_l1_affine_eq_55 -0.0920807346701622
    x_56 n1_l1_affine_eq_56 0.3852679431438446 n1_l1_affine_eq_57 -0.28737571835517883
    x_56 n1_l1_affine_eq_58 0.4044087827205658 n1_l1_affine_eq_59 -0.08583669364452362
    x_56 n1_l1_affine_eq_60 0.07623907178640366 n1_l1_affine_eq_61 0.059192802757024765
    x_56 n1_l1_affine_eq_62 0.002186019206419587 n1_l1_affine_eq_63 -0.1702004373073578
    x_56 n1_l1_affine_eq_64 0.035714320838451385 n1_l1_affine_eq_65 0.06656134873628616
    x_56 n1_l1_affine_eq_66 0.11875978857278824 n1_l1_affine_eq_67 -0.20884910225868225
    x_56 n1_l1_affine_eq_68 0.2884658873081207 n1_l1_affine_eq_69 -0.44098788499832153
    x_56 n1_l1_affine_eq_70 -0.06581325083971024 n1_l1_affine_eq_71 0.23661087453365326
    x_56 n1_l1_affine_eq_72 -0.26143407821655273 n1_l1_affine_eq_73 0.26304396986961365
    x_56 n1_l1_affine_eq_74 0.21834148466587067 n1_l1_affine_eq_75 0.4679844081401825
    x_56 n1_l1_affine_eq_76 0.21158167719841003 n1_l1_affine_eq_77 -0.5551161766052246
    x_56 n1_l1_affine_eq_78 -0.21175584197044373 n1_l1_affine_eq_79 0.20418642461299896
    x_56 n1_l1_affine_eq_80 -0.15037104487419128 n1_l1_affine_eq_81 -0.09463541209697723
    x_56 n1_l1_affine_eq_82 0.07196132093667984 n1_l1_affine_eq_83 -0.8311591148376465
    x_56 n1_l1_affine_eq_84 -0.12019225209951401 n1_l1_affine_eq_85 0.0234043188393116
    x_56 n1_l1_affine_eq_86 -0.16944953799247742 n1_l1_affine_eq_87 -0.31876063346862793
    x_56 n1_l1_affine_eq_88 -0.2977442443370819 n1_l1_affine_eq_89 -0.34909480810165405
    x_56 n1_l1_affine_eq_90 -0.2454577088356018 n1_l1_affine_eq_91 0.0905839055776596
    x_56 n1_l1_affine_eq_92 -0.1734006106853485 n1_l1_affine_eq_93 -0.09716767817735672
    x_56 n1_l1_affine_eq_94 -0.10558868944644928 n1_l1_affine_eq_95 0.32737454771995544
    x_56 n1_l1_affine_eq_96 0.23726814985275269 n1_l1_affine_eq_97 0.7153094410896301
    x_56 n1_l1_affine_eq_98 0.18098875880241394 n1_l1_affine_eq_99 0.16343873739242554
    x_56 n2_l1_affine_eq_0 0.20243027806282043 n2_l1_affine_eq_1 0.7600948810577393
    x_56 n2_l1_affine_eq_2 0.6021413207054138 n2_l1_affine_eq_3 -0.0190248042345047
    x_56 n2_l1_affine_eq_4 0.04996832087635994 n2_l1_affine_eq_5 -0.6865031719207764
    x_56 n2_l1_affine_eq_6 0.48996102809906006 n2_l1_affine_eq_7 -0.2922637462615967
    x_56 n2_l1_affine_eq_8 -0.6032126545906067 n2_l1_affine_eq_9 -1.3025627136230469
    x_56 n2_l1_affine_eq_10 1.181453824043274 n2_l1_affine_eq_11 0.199236199259758
    x_56 n2_l1_affine_eq_12 -0.09665679931640625 n2_l1_affine_eq_13 -0.5254632234573364
    x_56 n2_l1_affine_eq_14 1.5923389196395874 n2_l1_affine_eq_15 -1.5708340406417847
    x_56 n2_l1_affine_eq_16 0.7044548392295837 n2_l1_affine_eq_17 0.36452606320381165
    x_56 n2_l1_affine_eq_18 0.8496540784835815 n2_l1_affine_eq_19 0.2994512915611267
    x_56 n2_l1_affine_eq_20 -0.9608593583106995 n2_l1_affine_eq_21 -0.5455188155174255
    x_56 n2_l1_affine_eq_22 0.49578410387039185 n2_l1_affine_eq_23 0.46501365303993225
    x_56 n2_l1_affine_eq_24 0.4726047217845917 n2_l1_affine_eq_25 0.1940901279449463
    x_56 n2_l1_affine_eq_26 1.6477458477020264 n2_l1_affine_eq_27 -1.1020710468292236
    x_56 n2_l1_affine_eq_28 0.6583878993988037 n2_l1_affine_eq_29 0.009756294079124928
    x_56 n2_l1_affine_eq_30 -1.5332027673721313 n2_l1_affine_eq_31 0.061139605939388275
    x_56 n2_l1_affine_eq_32 -0.641197919845581 n2_l1_affine_eq_33 0.6461783647537231
    x_56 n2_l1_affine_eq_34 0.7733038067817688 n2_l1_affine_eq_35 -0.7412842512130737
    x_56 n2_l1_affine_eq_36 0.5275807976722717 n2_l1_affine_eq_37 -1.0735081434249878
    x_56 n2_l1_affine_eq_38 -0.6728172898292542 n2_l1_affine_eq_39 -0.004733559675514698
    x_57 n1_l1_affine_eq_0 -0.5438353419303894 n1_l1_affine_eq_1 -0.01442722138017416
    x_57 n1_l1_affine_eq_2 -0.08707495033740997 n1_l1_affine_eq_3 0.29506248235702515
    x_57 n1_l1_affine_eq_4 0.12664960324764252 n1_l1_affine_eq_5 -0.00755633320659399
    x_57 n1_l1_affine_eq_6 0.08820515871047974 n1_l1_affine_eq_7 -0.12859588861465454
    x_57 n1_l1_affine_eq_8 -0.20875224471092224 n1_l1_affine_eq_9 0.6318226456642151
    x_57 n1_l1_affine_eq_10 -0.0022618616931140423 n1_l1_affine_eq_11 0.28919678926467896
    x_57 n1_l1_affine_eq_12 -0.09232567250728607 n1_l1_affine_eq_13 0.42450451850891113
    x_57 n1_l1_affine_eq_14 -0.16722100973129272 n1_l1_affine_eq_15 -0.23884209990501404
    x_57 n1_l1_affine_eq_16 -0.0502055287361145 n1_l1_affine_eq_17 0.18581634759902954
    x_57 n1_l1_affine_eq_18 -0.4041074216365814 n1_l1_affine_eq_19 -0.45306524634361267
    x_57 n1_l1_affine_eq_20 -0.1606077402830124 n1_l1_affine_eq_21 0.01345753576606512
    x_57 n1_l1_affine_eq_22 0.19620175659656525 n1_l1_affine_eq_23 -0.2324891984462738
    x_57 n1_l1_affine_eq_24 0.29783618450164795 n1_l1_affine_eq_25 0.32729148864746094
    x_57 n1_l1_affine_eq_26 0.5066901445388794 n1_l1_affine_eq_27 -0.2676483690738678
    x_57 n1_l1_affine_eq_28 -0.21102406084537506 n1_l1_affine_eq_29 0.4129073917865753
    x_57 n1_l1_affine_eq_30 0.014311790466308594 n1_l1_affine_eq_31 0.166908860206604
    x_57 n1_l1_affine_eq_32 0.03618362918496132 n1_l1_affine_eq_33 0.08257722854614258
    x_57 n1_l1_affine_eq_34 -0.3037598133087158 n1_l1_affine_eq_35 -0.27411383390426636
    x_57 n1_l1_affine_eq_36 0.2931716740131378 n1_l1_affine_eq_37 0.14577069878578186
    x_57 n1_l1_affine_eq_38 -0.04056096449494362 n1_l1_affine_eq_39 -0.21329177916049957
    x_57 n1_l1_affine_eq_40 -0.10946496576070786 n1_l1_affine_eq_41 0.17375893890857697
    x_57 n1_l1_affine_eq_42 0.18877512216567993 n1_l1_affine_eq_43 -0.10982634872198105
    x_57 n1_l1_affine_eq_44 0.19506770372390747 n1_l1_affine_eq_45 0.49161410331726074
    x_57 n1_l1_affine_eq_46 0.20330704748630524 n1_l1_affine_eq_47 0.33753448724746704
    x_57 n1_l1_affine_eq_48 0.1386745721101761 n1_l1_affine_eq_49 0.007807252462953329
    x_57 n1_l1_affine_eq_50 -0.2997834086418152 n1_l1_affine_eq_51 0.3728269636631012
    x_57 n1_l1_affine_eq_52 -0.14109092950820923 n1_l1_affine_eq_53 -0.19085748493671417
    x_57 n1_l1_affine_eq_54 0.07072357088327408 n1_l1_affine_eq_55 0.08782798051834106
    x_57 n1_l1_affine_eq_56 0.1401081383228302 n1_l1_affine_eq_57 -0.19913344085216522
    x_57 n1_l1_affine_eq_58 0.41659092903137207 n1_l1_affine_eq_59 -0.09831137210130692
    x_57 n1_l1_affine_eq_60 -0.07040806859731674 n1_l1_affine_eq_61 0.23705971240997314
    x_57 n1_l1_affine_eq_62 0.2724758982658386 n1_l1_affine_eq_63 -0.15450654923915863
    x_57 n1_l1_affine_eq_64 -0.25491559505462646 n1_l1_affine_eq_65 0.21906593441963196
    x_57 n1_l1_affine_eq_66 -0.09955113381147385 n1_l1_affine_eq_67 -0.16535420715808868
    x_57 n1_l1_affine_eq_68 -0.1878572255373001 n1_l1_affine_eq_69 -0.03107176348567009
    x_57 n1_l1_affine_eq_70 0.33895277976989746 n1_l1_affine_eq_71 0.03884611651301384
    x_57 n1_l1_affine_eq_72 -0.288453072309494 n1_l1_affine_eq_73 0.22865746915340424
    x_57 n1_l1_affine_eq_74 -0.16400524973869324 n1_l1_affine_eq_75 0.2629261910915375
    x_57 n1_l1_affine_eq_76 -0.11150160431861877 n1_l1_affine_eq_77 -0.464402437210083
    x_57 n1_l1_affine_eq_78 -0.36923807859420776 n1_l1_affine_eq_79 0.03861300274729729
    x_57 n1_l1_affine_eq_80 -0.3465732932090759 n1_l1_affine_eq_81 -0.01917732134461403
    x_57 n1_l1_affine_eq_82 0.06322018057107925 n1_l1_affine_eq_83 -0.47335338592529297
    x_57 n1_l1_affine_eq_84 0.17591191828250885 n1_l1_affine_eq_85 0.010782809928059578
    x_57 n1_l1_affine_eq_86 -0.14489898085594177 n1_l1_affine_eq_87 0.2089529186487198
    x_57 n1_l1_affine_eq_88 0.2054559290409088 n1_l1_affine_eq_89 -0.030297592282295227
    x_57 n1_l1_affine_eq_90 -0.18796445429325104 n1_l1_affine_eq_91 0.08881920576095581
    x_57 n1_l1_affine_eq_92 -0.1318119764328003 n1_l1_affine_eq_93 -0.04096085578203201
    x_57 n1_l1_affine_eq_94 -0.03322582691907883 n1_l1_affine_eq_95 0.48899325728416443
    x_57 n1_l1_affine_eq_96 0.13861075043678284 n1_l1_affine_eq_97 0.15734057128429413
    x_57 n1_l1_affine_eq_98 0.1843288093805313 n1_l1_affine_eq_99 0.16626548767089844
    x_57 n2_l1_affine_eq_0 -0.46388572454452515 n2_l1_affine_eq_1 -0.12699122726917267
    x_57 n2_l1_affine_eq_2 1.0639417171478271 n2_l1_affine_eq_3 0.15252052247524261
    x_57 n2_l1_affine_eq_4 0.10061657428741455 n2_l1_affine_eq_5 -0.2135457545518875
    x_57 n2_l1_affine_eq_6 -0.5761029720306396 n2_l1_affine_eq_7 0.026512667536735535
    x_57 n2_l1_affine_eq_8 -0.23327986896038055 n2_l1_affine_eq_9 0.011492147110402584
    x_57 n2_l1_affine_eq_10 0.5708392262458801 n2_l1_affine_eq_11 0.2981826961040497
    x_57 n2_l1_affine_eq_12 0.1481311023235321 n2_l1_affine_eq_13 -0.483947217464447
    x_57 n2_l1_affine_eq_14 0.9052379131317139 n2_l1_affine_eq_15 -1.6314201354980469
    x_57 n2_l1_affine_eq_16 -0.13036443293094635 n2_l1_affine_eq_17 0.03544067591428757
    x_57 n2_l1_affine_eq_18 0.039094194769859314 n2_l1_affine_eq_19 -0.3366183638572693
    x_57 n2_l1_affine_eq_20 -0.7248051166534424 n2_l1_affine_eq_21 -1.372855544090271
    x_57 n2_l1_affine_eq_22 -0.1046772450208664 n2_l1_affine_eq_23 -0.05002833530306816
    x_57 n2_l1_affine_eq_24 0.6989837288856506 n2_l1_affine_eq_25 0.1635768711566925
    x_57 n2_l1_affine_eq_26 1.0178020000457764 n2_l1_affine_eq_27 -0.6392306089401245
    x_57 n2_l1_affine_eq_28 -0.3849024772644043 n2_l1_affine_eq_29 0.14043071866035461
    x_57 n2_l1_affine_eq_30 -0.18897177278995514 n2_l1_affine_eq_31 0.32377195358276367
    x_57 n2_l1_affine_eq_32 -0.4853851795196533 n2_l1_affine_eq_33 -0.040743228048086166
    x_57 n2_l1_affine_eq_34 1.9594393968582153 n2_l1_affine_eq_35 -0.21224279701709747
    x_57 n2_l1_affine_eq_36 1.2558772563934326 n2_l1_affine_eq_37 -0.2074345052242279
    x_57 n2_l1_affine_eq_38 0.10621023923158646 n2_l1_affine_eq_39 0.10477631539106369
    x_58 n1_l1_affine_eq_0 -0.33712175488471985 n1_l1_affine_eq_1 0.22591789066791534
    x_58 n1_l1_affine_eq_2 0.4086642265319824 n1_l1_affine_eq_3 0.04814133793115616
    x_58 n1_l1_affine_eq_4 0.06828435510396957 n1_l1_affine_eq_5 -0.3429970145225525
    x_58 n1_l1_affine_eq_6 0.17996782064437866 n1_l1_affine_eq_7 -0.21448738873004913
    x_58 n1_l1_affine_eq_8 -0.18118225038051605 n1_l1_affine_eq_9 0.9962145090103149
    x_58 n1_l1_affine_eq_10 -0.022034863010048866 n1_l1_affine_eq_11 0.4905956983566284
    x_58 n1_l1_affine_eq_12 -0.3039679527282715 n1_l1_affine_eq_13 -0.08777039498090744
    x_58 n1_l1_affine_eq_14 0.08328738063573837 n1_l1_affine_eq_15 -0.2672117352485657
    x_58 n1_l1_affine_eq_16 -0.229453444480896 n1_l1_affine_eq_17 0.22876836359500885
    x_58 n1_l1_affine_eq_18 -0.0014647155767306685 n1_l1_affine_eq_19 -0.5502897500991821
    x_58 n1_l1_affine_eq_20 -0.006159364711493254 n1_l1_affine_eq_21 0.07513812929391861
    x_58 n1_l1_affine_eq_22 0.14391501247882843 n1_l1_affine_eq_23 -0.16171841323375702
    x_58 n1_l1_affine_eq_24 -0.059421975165605545 n1_l1_affine_eq_25 0.19404475390911102
    x_58 n1_l1_affine_eq_26 0.2098347544670105 n1_l1_affine_eq_27 -0.13968825340270996
    x_58 n1_l1_affine_eq_28 -0.08634097129106522 n1_l1_affine_eq_29 -0.0002867116709239781
    x_58 n1_l1_affine_eq_30 0.0944615826010704 n1_l1_affine_eq_31 -0.08276387304067612
    x_58 n1_l1_affine_eq_32 -0.18725402653217316 n1_l1_affine_eq_33 -0.14847411215305328
    x_58 n1_l1_affine_eq_34 -0.03971969708800316 n1_l1_affine_eq_35 0.008376816287636757
    x_58 n1_l1_affine_eq_36 0.126564621925354 n1_l1_affine_eq_37 0.01962684467434883
    x_58 n1_l1_affine_eq_38 0.12287436425685883 n1_l1_affine_eq_39 -0.4428250193595886
    x_58 n1_l1_affine_eq_40 -0.027614256367087364 n1_l1_affine_eq_41 0.37900134921073914
    x_58 n1_l1_affine_eq_42 0.08061689138412476 n1_l1_affine_eq_43 0.011249278672039509
    x_58 n1_l1_affine_eq_44 -0.11192470788955688 n1_l1_affine_eq_45 0.29371437430381775
    x_58 n1_l1_affine_eq_46 0.05958481878042221 n1_l1_affine_eq_47 0.30570855736732483
    x_58 n1_l1_affine_eq_48 -0.30342352390289307 n1_l1_affine_eq_49 -0.2419043928384781
    x_58 n1_l1_affine_eq_50 -0.16612732410430908 n1_l1_affine_eq_51 0.08627186715602875
    x_58 n1_l1_affine_eq_52 0.1806216835975647 n1_l1_affine_eq_53 -0.211165651679039
    x_58 n1_l1_affine_eq_54 -0.08120616525411606 n1_l1_affine_eq_55 0.2601470649242401
    x_58 n1_l1_affine_eq_56 0.16386716067790985 n1_l1_affine_eq_57 -0.09958451986312866
    x_58 n1_l1_affine_eq_58 0.0564458854496479 n1_l1_affine_eq_59 0.10190661251544952
    x_58 n1_l1_affine_eq_60 -0.3176649212837219 n1_l1_affine_eq_61 0.09828273206949234
    x_58 n1_l1_affine_eq_62 0.06206095963716507 n1_l1_affine_eq_63 -0.08753527700901031
    x_58 n1_l1_affine_eq_64 -0.017209144309163094 n1_l1_affine_eq_65 0.10746978223323822
    x_58 n1_l1_affine_eq_66 -0.06074904650449753 n1_l1_affine_eq_67 -0.28644922375679016
    x_58 n1_l1_affine_eq_68 0.29211077094078064 n1_l1_affine_eq_69 -0.21123899519443512
    x_58 n1_l1_affine_eq_70 0.6821435689926147 n1_l1_affine_eq_71 0.1252933144569397
    x_58 n1_l1_affine_eq_72 -0.3063444197177887 n1_l1_affine_eq_73 0.6671108603477478
    x_58 n1_l1_affine_eq_74 -0.1930866241455078 n1_l1_affine_eq_75 -0.10708974301815033
    x_58 n1_l1_affine_eq_76 -0.17576462030410767 n1_l1_affine_eq_77 -0.0756499394774437
    x_58 n1_l1_affine_eq_78 -0.40053966641426086 n1_l1_affine_eq_79 0.42119789123535156
    x_58 n1_l1_affine_eq_80 -0.24792493879795074 n1_l1_affine_eq_81 -0.0848076194524765
    x_58 n1_l1_affine_eq_82 -0.6301089525222778 n1_l1_affine_eq_83 -0.34327462315559387
    x_58 n1_l1_affine_eq_84 0.0464278943836689 n1_l1_affine_eq_85 -0.1474820226430893
    x_58 n1_l1_affine_eq_86 -0.32683783769607544 n1_l1_affine_eq_87 -0.12055240571498871
    x_58 n1_l1_affine_eq_88 -0.015207515098154545 n1_l1_affine_eq_89 0.30532747507095337
    x_58 n1_l1_affine_eq_90 -0.47142037749290466 n1_l1_affine_eq_91 -0.3371242880821228
    x_58 n1_l1_affine_eq_92 -0.10101702064275742 n1_l1_affine_eq_93 0.042669180780649185
    x_58 n1_l1_affine_eq_94 -0.22751136124134064 n1_l1_affine_eq_95 0.41853293776512146
    x_58 n1_l1_affine_eq_96 0.37027525901794434 n1_l1_affine_eq_97 0.23672480881214142
    x_58 n1_l1_affine_eq_98 -0.014533418230712414 n1_l1_affine_eq_99 0.22028836607933044
    x_58 n2_l1_affine_eq_0 0.12819364666938782 n2_l1_affine_eq_1 0.1585814654827118
    x_58 n2_l1_affine_eq_2 0.6901628971099854 n2_l1_affine_eq_3 -0.33763545751571655
    x_58 n2_l1_affine_eq_4 0.31678926944732666 n2_l1_affine_eq_5 -0.3639688491821289
    x_58 n2_l1_affine_eq_6 -0.6203808188438416 n2_l1_affine_eq_7 0.12236350774765015
    x_58 n2_l1_affine_eq_8 0.32337555289268494 n2_l1_affine_eq_9 0.6982477903366089
    x_58 n2_l1_affine_eq_10 -0.1719837635755539 n2_l1_affine_eq_11 0.27521654963493347
    x_58 n2_l1_affine_eq_12 -0.10460983961820602 n2_l1_affine_eq_13 -0.5334321856498718
    x_58 n2_l1_affine_eq_14 0.46898362040519714 n2_l1_affine_eq_15 -0.9162567853927612
    x_58 n2_l1_affine_eq_16 0.7738535404205322 n2_l1_affine_eq_17 0.047989439219236374
    x_58 n2_l1_affine_eq_18 0.08211025595664978 n2_l1_affine_eq_19 -0.19557523727416992
    x_58 n2_l1_affine_eq_20 -0.03373298421502113 n2_l1_affine_eq_21 -1.5675243139266968
    x_58 n2_l1_affine_eq_22 -0.31178387999534607 n2_l1_affine_eq_23 -0.10683465749025345
    x_58 n2_l1_affine_eq_24 -0.23288173973560333 n2_l1_affine_eq_25 0.2225070297718048
    x_58 n2_l1_affine_eq_26 -0.4509715735912323 n2_l1_affine_eq_27 0.026840612292289734
    x_58 n2_l1_affine_eq_28 -0.2653695046901703 n2_l1_affine_eq_29 -1.0024677515029907
    x_58 n2_l1_affine_eq_30 -0.42611053586006165 n2_l1_affine_eq_31 1.0852242708206177
    x_58 n2_l1_affine_eq_32 -0.3914567232131958 n2_l1_affine_eq_33 -0.006108577828854322
    x_58 n2_l1_affine_eq_34 2.4719178676605225 n2_l1_affine_eq_35 0.1978818029165268
    x_58 n2_l1_affine_eq_36 0.9454540610313416 n2_l1_affine_eq_37 -0.23045241832733154
    x_58 n2_l1_affine_eq_38 1.6298261880874634 n2_l1_affine_eq_39 -0.11359289288520813
    x_59 n1_l1_affine_eq_0 0.07126272469758987 n1_l1_affine_eq_1 0.06848476082086563
    x_59 n1_l1_affine_eq_2 0.28229421377182007 n1_l1_affine_eq_3 -0.13407579064369202
    x_59 n1_l1_affine_eq_4 0.02617233246564865 n1_l1_affine_eq_5 -0.4220563769340515
    x_59 n1_l1_affine_eq_6 0.16404442489147186 n1_l1_affine_eq_7 -0.2258557379245758
    x_59 n1_l1_affine_eq_8 -0.29243069887161255 n1_l1_affine_eq_9 0.8345227837562561
    x_59 n1_l1_affine_eq_10 0.03453037515282631 n1_l1_affine_eq_11 0.5298307538032532
    x_59 n1_l1_affine_eq_12 -0.22463802993297577 n1_l1_affine_eq_13 -0.40199264883995056
    x_59 n1_l1_affine_eq_14 0.20674441754817963 n1_l1_affine_eq_15 -0.19906239211559296
    x_59 n1_l1_affine_eq_16 -0.08359600603580475 n1_l1_affine_eq_17 0.6414890289306641
    x_59 n1_l1_affine_eq_18 -0.1725192666053772 n1_l1_affine_eq_19 -0.21421192586421967
    x_59 n1_l1_affine_eq_20 -0.01010220218449831 n1_l1_affine_eq_21 0.18613432347774506
    x_59 n1_l1_affine_eq_22 0.07470007240772247 n1_l1_affine_eq_23 0.16334737837314606
    x_59 n1_l1_affine_eq_24 -0.15807513892650604 n1_l1_affine_eq_25 -0.017016645520925522
    x_59 n1_l1_affine_eq_26 0.18360884487628937 n1_l1_affine_eq_27 0.13663350045681
    x_59 n1_l1_affine_eq_28 -0.2634578049182892 n1_l1_affine_eq_29 -0.15338405966758728
    x_59 n1_l1_affine_eq_30 -0.03682149201631546 n1_l1_affine_eq_31 0.2514483630657196
    x_59 n1_l1_affine_eq_32 0.04845360293984413 n1_l1_affine_eq_33 0.04081752151250839
    x_59 n1_l1_affine_eq_34 -0.014313152991235256 n1_l1_affine_eq_35 -0.11038718372583389
    x_59 n1_l1_affine_eq_36 0.06867264956235886 n1_l1_affine_eq_37 -0.31668874621391296
    x_59 n1_l1_affine_eq_38 0.11753248423337936 n1_l1_affine_eq_39 -0.09862147271633148
    x_59 n1_l1_affine_eq_40 0.2553737163543701 n1_l1_affine_eq_41 0.47508272528648376
    x_59 n1_l1_affine_eq_42 -0.14173613488674164 n1_l1_affine_eq_43 -0.11086303740739822
    x_59 n1_l1_affine_eq_44 -0.022803625091910362 n1_l1_affine_eq_45 -0.16935290396213531
    x_59 n1_l1_affine_eq_46 0.2214711308479309 n1_l1_affine_eq_47 -0.1882581114768982
    x_59 n1_l1_affine_eq_48 -0.2898198664188385 n1_l1_affine_eq_49 0.2017783671617508
    x_59 n1_l1_affine_eq_50 -0.0696922242641449 n1_l1_affine_eq_51 -0.2830980122089386
    x_59 n1_l1_affine_eq_52 0.01667478121817112 n1_l1_affine_eq_53 -0.056301504373550415
    x_59 n1_l1_affine_eq_54 -0.3150421977043152 n1_l1_affine_eq_55 0.4468056559562683
    x_59 n1_l1_affine_eq_56 0.47581028938293457 n1_l1_affine_eq_57 -0.29848140478134155
    x_59 n1_l1_affine_eq_58 -0.2547256648540497 n1_l1_affine_eq_59 -0.1617879867553711
    x_59 n1_l1_affine_eq_60 -0.08261498063802719 n1_l1_affine_eq_61 0.09074191749095917
    x_59 n1_l1_affine_eq_62 0.04857739806175232 n1_l1_affine_eq_63 -0.18956749141216278
    x_59 n1_l1_affine_eq_64 -0.012917282991111279 n1_l1_affine_eq_65 0.14358104765415192
    x_59 n1_l1_affine_eq_66 -0.003927075304090977 n1_l1_affine_eq_67 -0.06944930553436279
    x_59 n1_l1_affine_eq_68 0.1421569585800171 n1_l1_affine_eq_69 -0.10438591986894608
    x_59 n1_l1_affine_eq_70 0.07487740367650986 n1_l1_affine_eq_71 -0.28849369287490845
    x_59 n1_l1_affine_eq_72 0.012506837956607342 n1_l1_affine_eq_73 1.0750118494033813
    x_59 n1_l1_affine_eq_74 -0.05965394526720047 n1_l1_affine_eq_75 -0.23015080392360687
    x_59 n1_l1_affine_eq_76 -0.3579746186733246 n1_l1_affine_eq_77 0.1368258148431778
    x_59 n1_l1_affine_eq_78 -0.1890442669391632 n1_l1_affine_eq_79 0.08122537285089493
    x_59 n1_l1_affine_eq_80 -0.2909603416919708 n1_l1_affine_eq_81 -0.16270557045936584
    x_59 n1_l1_affine_eq_82 -0.49718135595321655 n1_l1_affine_eq_83 -0.05445358529686928
    x_59 n1_l1_affine_eq_84 -0.2176823765039444 n1_l1_affine_eq_85 -0.10075349360704422
    x_59 n1_l1_affine_eq_86 -0.36782747507095337 n1_l1_affine_eq_87 -0.03831423446536064
    x_59 n1_l1_affine_eq_88 0.32177144289016724 n1_l1_affine_eq_89 0.0726228803396225
    x_59 n1_l1_affine_eq_90 -0.1024470254778862 n1_l1_affine_eq_91 0.2010309398174286
    x_59 n1_l1_affine_eq_92 -0.02799847535789013 n1_l1_affine_eq_93 -0.12459347397089005
    x_59 n1_l1_affine_eq_94 -0.15472707152366638 n1_l1_affine_eq_95 0.1599636822938919
    x_59 n1_l1_affine_eq_96 0.9019163846969604 n1_l1_affine_eq_97 -0.046242691576480865
    x_59 n1_l1_affine_eq_98 0.11223070323467255 n1_l1_affine_eq_99 0.0841224417090416
    x_59 n2_l1_affine_eq_0 -0.37865886092185974 n2_l1_affine_eq_1 -0.04813908785581589
    x_59 n2_l1_affine_eq_2 0.11900362372398376 n2_l1_affine_eq_3 -0.1502217799425125
    x_59 n2_l1_affine_eq_4 0.13920383155345917 n2_l1_affine_eq_5 -0.1896676868200302
    x_59 n2_l1_affine_eq_6 -0.8949823975563049 n2_l1_affine_eq_7 0.09653498977422714
    x_59 n2_l1_affine_eq_8 0.03560228273272514 n2_l1_affine_eq_9 -0.058133892714977264
    x_59 n2_l1_affine_eq_10 -0.8337159156799316 n2_l1_affine_eq_11 0.3257932960987091
    x_59 n2_l1_affine_eq_12 -0.2543029487133026 n2_l1_affine_eq_13 -0.028264805674552917
    x_59 n2_l1_affine_eq_14 0.6900979280471802 n2_l1_affine_eq_15 -0.18004924058914185
    x_59 n2_l1_affine_eq_16 0.3061937093734741 n2_l1_affine_eq_17 0.14735151827335358
    x_59 n2_l1_affine_eq_18 0.08858037739992142 n2_l1_affine_eq_19 -0.4495924711227417
    x_59 n2_l1_affine_eq_20 0.11197603493928909 n2_l1_affine_eq_21 -0.7173283696174622
    x_59 n2_l1_affine_eq_22 -0.27794575691223145 n2_l1_affine_eq_23 -0.6288920044898987
    x_59 n2_l1_affine_eq_24 -1.2060507535934448 n2_l1_affine_eq_25 0.19490909576416016
    x_59 n2_l1_affine_eq_26 -0.5227739214897156 n2_l1_affine_eq_27 -0.3175978660583496
    x_59 n2_l1_affine_eq_28 -0.148866206407547 n2_l1_affine_eq_29 -0.39096224308013916
    x_59 n2_l1_affine_eq_30 -0.15186725556850433 n2_l1_affine_eq_31 0.2967647612094879
    x_59 n2_l1_affine_eq_32 0.15963366627693176 n2_l1_affine_eq_33 0.47758856415748596
    x_59 n2_l1_affine_eq_34 2.8593764305114746 n2_l1_affine_eq_35 -0.12223175913095474
    x_59 n2_l1_affine_eq_36 0.49442583322525024 n2_l1_affine_eq_37 -0.3070056140422821
    x_59 n2_l1_affine_eq_38 0.7951930165290833 n2_l1_affine_eq_39 -0.3585042655467987
    x_60 n1_l1_affine_eq_0 0.017441559582948685 n1_l1_affine_eq_1 -0.10641737282276154
    x_60 n1_l1_affine_eq_2 -0.14430202543735504 n1_l1_affine_eq_3 0.017522096633911133
    x_60 n1_l1_affine_eq_4 0.009769353084266186 n1_l1_affine_eq_5 0.21595577895641327
    x_60 n1_l1_affine_eq_6 0.008488912135362625 n1_l1_affine_eq_7 -0.1885308474302292
    x_60 n1_l1_affine_eq_8 0.2591356933116913 n1_l1_affine_eq_9 0.6502192616462708
    x_60 n1_l1_affine_eq_10 0.06759444624185562 n1_l1_affine_eq_11 0.24491718411445618
    x_60 n1_l1_affine_eq_12 -0.18811258673667908 n1_l1_affine_eq_13 -0.08469052612781525
    x_60 n1_l1_affine_eq_14 0.5638716816902161 n1_l1_affine_eq_15 0.2544627785682678
    x_60 n1_l1_affine_eq_16 -0.014159847050905228 n1_l1_affine_eq_17 0.44031691551208496
    x_60 n1_l1_affine_eq_18 0.19957827031612396 n1_l1_affine_eq_19 -0.18775877356529236
    x_60 n1_l1_affine_eq_20 0.2380671501159668 n1_l1_affine_eq_21 0.02602280117571354
    x_60 n1_l1_affine_eq_22 0.11667685955762863 n1_l1_affine_eq_23 0.04164769873023033
    x_60 n1_l1_affine_eq_24 -0.05240287259221077 n1_l1_affine_eq_25 0.05779382959008217
    x_60 n1_l1_affine_eq_26 -0.005606378894299269 n1_l1_affine_eq_27 -0.01689986325800419
    x_60 n1_l1_affine_eq_28 -0.11470033973455429 n1_l1_affine_eq_29 -0.29392653703689575
    x_60 n1_l1_affine_eq_30 -0.026154547929763794 n1_l1_affine_eq_31 0.09529593586921692
    x_60 n1_l1_affine_eq_32 0.10051436722278595 n1_l1_affine_eq_33 0.21087777614593506
    x_60 n1_l1_affine_eq_34 0.03853468596935272 n1_l1_affine_eq_35 -0.0780780017375946
    x_60 n1_l1_affine_eq_36 0.03931388631463051 n1_l1_affine_eq_37 -0.03401046246290207
    x_60 n1_l1_affine_eq_38 -0.17416244745254517 n1_l1_affine_eq_39 -0.344165563583374
    x_60 n1_l1_affine_eq_40 -0.05237982049584389 n1_l1_affine_eq_41 0.31391090154647827
    x_60 n1_l1_affine_eq_42 0.17194689810276031 n1_l1_affine_eq_43 0.1292428821325302
    x_60 n1_l1_affine_eq_44 -0.4620654284954071 n1_l1_affine_eq_45 0.1826779693365097
    x_60 n1_l1_affine_eq_46 0.1602100282907486 n1_l1_affine_eq_47 -0.13424399495124817
    x_60 n1_l1_affine_eq_48 -0.07109471410512924 n1_l1_affine_eq_49 0.32608866691589355
    x_60 n1_l1_affine_eq_50 0.19895899295806885 n1_l1_affine_eq_51 -0.19373781979084015
    x_60 n1_l1_affine_eq_52 -0.19559483230113983 n1_l1_affine_eq_53 0.15959152579307556
    x_60 n1_l1_affine_eq_54 -0.006013038568198681 n1_l1_affine_eq_55 0.5620982646942139
    x_60 n1_l1_affine_eq_56 0.39023685455322266 n1_l1_affine_eq_57 -0.3752567172050476
    x_60 n1_l1_affine_eq_58 0.04058398678898811 n1_l1_affine_eq_59 -0.003567606443539262
    x_60 n1_l1_affine_eq_60 -0.06171437352895737 n1_l1_affine_eq_61 0.1591842621564865
    x_60 n1_l1_affine_eq_62 0.29018813371658325 n1_l1_affine_eq_63 -0.39626678824424744
    x_60 n1_l1_affine_eq_64 -0.06084873899817467 n1_l1_affine_eq_65 0.12223754078149796
    x_60 n1_l1_affine_eq_66 -0.01774684339761734 n1_l1_affine_eq_67 -0.1093844473361969
    x_60 n1_l1_affine_eq_68 -0.052443355321884155 n1_l1_affine_eq_69 -0.10519867390394211
    x_60 n1_l1_affine_eq_70 -0.13870097696781158 n1_l1_affine_eq_71 0.16425739228725433
    x_60 n1_l1_affine_eq_72 -0.06695971637964249 n1_l1_affine_eq_73 0.9254648685455322
    x_60 n1_l1_affine_eq_74 -0.14205028116703033 n1_l1_affine_eq_75 0.04055159166455269
    x_60 n1_l1_affine_eq_76 -0.3013978600502014 n1_l1_affine_eq_77 0.5719102025032043
    x_60 n1_l1_affine_eq_78 -0.04768867418169975 n1_l1_affine_eq_79 0.36326926946640015
    x_60 n1_l1_affine_eq_80 0.2372223436832428 n1_l1_affine_eq_81 -0.3017585277557373
    x_60 n1_l1_affine_eq_82 -0.12838777899742126 n1_l1_affine_eq_83 -0.18860028684139252
    x_60 n1_l1_affine_eq_84 0.03195406496524811 n1_l1_affine_eq_85 -0.08896037936210632
    x_60 n1_l1_affine_eq_86 -0.20535552501678467 n1_l1_affine_eq_87 -0.20832675695419312
    x_60 n1_l1_affine_eq_88 0.2394445687532425 n1_l1_affine_eq_89 -0.12771593034267426
    x_60 n1_l1_affine_eq_90 -0.20834316313266754 n1_l1_affine_eq_91 -0.009819881990551949
    x_60 n1_l1_affine_eq_92 0.21573607623577118 n1_l1_affine_eq_93 0.03331894427537918
    x_60 n1_l1_affine_eq_94 -0.17094539105892181 n1_l1_affine_eq_95 0.2346833348274231
    x_60 n1_l1_affine_eq_96 0.5874971747398376 n1_l1_affine_eq_97 -0.13239136338233948
    x_60 n1_l1_affine_eq_98 0.15579290688037872 n1_l1_affine_eq_99 0.27681925892829895
    x_60 n2_l1_affine_eq_0 -0.3251197338104248 n2_l1_affine_eq_1 -0.2654154896736145
    x_60 n2_l1_affine_eq_2 0.8298220634460449 n2_l1_affine_eq_3 -0.16213259100914001
    x_60 n2_l1_affine_eq_4 -0.41451719403266907 n2_l1_affine_eq_5 -0.15534012019634247
    x_60 n2_l1_affine_eq_6 -0.32642659544944763 n2_l1_affine_eq_7 -0.09603185206651688
    x_60 n2_l1_affine_eq_8 0.42905715107917786 n2_l1_affine_eq_9 -0.390004962682724
    x_60 n2_l1_affine_eq_10 -0.18872524797916412 n2_l1_affine_eq_11 -0.02312113158404827
    x_60 n2_l1_affine_eq_12 -0.2675713300704956 n2_l1_affine_eq_13 -0.6634007096290588
    x_60 n2_l1_affine_eq_14 0.4545268416404724 n2_l1_affine_eq_15 0.3137686550617218
    x_60 n2_l1_affine_eq_16 0.04616894572973251 n2_l1_affine_eq_17 0.09907523542642593
    x_60 n2_l1_affine_eq_18 0.01576702855527401 n2_l1_affine_eq_19 -0.3011235296726227
    x_60 n2_l1_affine_eq_20 -0.17403371632099152 n2_l1_affine_eq_21 -0.33482852578163147
    x_60 n2_l1_affine_eq_22 0.7015490531921387 n2_l1_affine_eq_23 -0.8280734419822693
    x_60 n2_l1_affine_eq_24 -0.36452627182006836 n2_l1_affine_eq_25 -0.054180651903152466
    x_60 n2_l1_affine_eq_26 -0.6010133028030396 n2_l1_affine_eq_27 -0.3582814335823059
    x_60 n2_l1_affine_eq_28 0.012021323665976524 n2_l1_affine_eq_29 -0.18678879737854004
    x_60 n2_l1_affine_eq_30 -0.11669261008501053 n2_l1_affine_eq_31 0.1058429405093193
    x_60 n2_l1_affine_eq_32 0.5294280648231506 n2_l1_affine_eq_33 0.2949180603027344
    x_60 n2_l1_affine_eq_34 2.115891456604004 n2_l1_affine_eq_35 -0.7564439177513123
    x_60 n2_l1_affine_eq_36 1.162493348121643 n2_l1_affine_eq_37 -0.43705177307128906
    x_60 n2_l1_affine_eq_38 0.5057821869850159 n2_l1_affine_eq_39 -0.40528780221939087
    x_61 n1_l1_affine_eq_0 -0.10433168709278107 n1_l1_affine_eq_1 0.1435803472995758
    x_61 n1_l1_affine_eq_2 0.016371116042137146 n1_l1_affine_eq_3 0.3939172923564911
    x_61 n1_l1_affine_eq_4 -0.11430685222148895 n1_l1_affine_eq_5 0.23929110169410706
    x_61 n1_l1_affine_eq_6 0.11524738371372223 n1_l1_affine_eq_7 0.11634918302297592
    x_61 n1_l1_affine_eq_8 0.9301173686981201 n1_l1_affine_eq_9 0.49003827571868896
    x_61 n1_l1_affine_eq_10 0.0426451675593853 n1_l1_affine_eq_11 0.22538605332374573
    x_61 n1_l1_affine_eq_12 -0.41532161831855774 n1_l1_affine_eq_13 -0.1169913187623024
    x_61 n1_l1_affine_eq_14 0.06834858655929565 n1_l1_affine_eq_15 0.058538664132356644
    x_61 n1_l1_affine_eq_16 -0.09786166250705719 n1_l1_affine_eq_17 0.36495643854141235
    x_61 n1_l1_affine_eq_18 0.15105926990509033 n1_l1_affine_eq_19 -0.33552029728889465
    x_61 n1_l1_affine_eq_20 -0.17004750669002533 n1_l1_affine_eq_21 -0.09259016066789627
    x_61 n1_l1_affine_eq_22 0.46032601594924927 n1_l1_affine_eq_23 0.04130564257502556
    x_61 n1_l1_affine_eq_24 -0.22215057909488678 n1_l1_affine_eq_25 0.15578223764896393
    x_61 n1_l1_affine_eq_26 -0.09730781614780426 n1_l1_affine_eq_27 0.0059472061693668365
    x_61 n1_l1_affine_eq_28 -0.12708601355552673 n1_l1_affine_eq_29 -0.29999884963035583
    x_61 n1_l1_affine_eq_30 -0.0749799907207489 n1_l1_affine_eq_31 -0.07017103582620621
    x_61 n1_l1_affine_eq_32 0.16315297782421112 n1_l1_affine_eq_33 0.1642094850540161
    x_61 n1_l1_affine_eq_34 -0.10159431397914886 n1_l1_affine_eq_35 0.06573541462421417
    x_61 n1_l1_affine_eq_36 -0.15019138157367706 n1_l1_affine_eq_37 -0.0038173117209225893
    x_61 n1_l1_affine_eq_38 0.24769121408462524 n1_l1_affine_eq_39 -0.05321356654167175
    x_61 n1_l1_affine_eq_40 0.06257359683513641 n1_l1_affine_eq_41 0.3588525652885437
    x_61 n1_l1_affine_eq_42 0.2712991237640381 n1_l1_affine_eq_43 0.20292769372463226
    x_61 n1_l1_affine_eq_44 -0.35738012194633484 n1_l1_affine_eq_45 0.4036926031112671
    x_61 n1_l1_affine_eq_46 0.5370404124259949 n1_l1_affine_eq_47 0.07884407788515091
    x_61 n1_l1_affine_eq_48 -0.13268890976905823 n1_l1_affine_eq_49 0.16772772371768951
    x_61 n1_l1_affine_eq_50 0.30651021003723145 n1_l1_affine_eq_51 0.4041433036327362
    x_61 n1_l1_affine_eq_52 -0.11094897240400314 n1_l1_affine_eq_53 0.28215354681015015
    x_61 n1_l1_affine_eq_54 -0.14664435386657715 n1_l1_affine_eq_55 0.08163215219974518
    x_61 n1_l1_affine_eq_56 0.2729730010032654 n1_l1_affine_eq_57 -0.35047176480293274
    x_61 n1_l1_affine_eq_58 0.19835537672042847 n1_l1_affine_eq_59 -0.09665840864181519
    x_61 n1_l1_affine_eq_60 -0.21353402733802795 n1_l1_affine_eq_61 0.2675223648548126
    x_61 n1_l1_affine_eq_62 0.08675479888916016 n1_l1_affine_eq_63 0.1698385626077652
    x_61 n1_l1_affine_eq_64 -0.045683447271585464 n1_l1_affine_eq_65 0.06771907955408096
    x_61 n1_l1_affine_eq_66 -0.20953655242919922 n1_l1_affine_eq_67 -0.17375384271144867
    x_61 n1_l1_affine_eq_68 0.43188896775245667 n1_l1_affine_eq_69 0.1313670575618744
    x_61 n1_l1_affine_eq_70 -0.1233990266919136 n1_l1_affine_eq_71 0.22684508562088013
    x_61 n1_l1_affine_eq_72 0.04875047877430916 n1_l1_affine_eq_73 1.0947306156158447
    x_61 n1_l1_affine_eq_74 -0.22364988923072815 n1_l1_affine_eq_75 -0.003950039856135845
    x_61 n1_l1_affine_eq_76 -0.26936644315719604 n1_l1_affine_eq_77 0.4922069311141968
    x_61 n1_l1_affine_eq_78 -0.41853633522987366 n1_l1_affine_eq_79 -0.1648131161928177
    x_61 n1_l1_affine_eq_80 -0.056830115616321564 n1_l1_affine_eq_81 -0.36389750242233276
    x_61 n1_l1_affine_eq_82 -0.3572661876678467 n1_l1_affine_eq_83 0.04038736969232559
    x_61 n1_l1_affine_eq_84 0.04738985002040863 n1_l1_affine_eq_85 -0.36891844868659973
    x_61 n1_l1_affine_eq_86 0.03104972653090954 n1_l1_affine_eq_87 -0.10430449992418289
    x_61 n1_l1_affine_eq_88 0.27732762694358826 n1_l1_affine_eq_89 -0.3841022253036499
    x_61 n1_l1_affine_eq_90 0.1371733695268631 n1_l1_affine_eq_91 0.31102699041366577
    x_61 n1_l1_affine_eq_92 0.507003128528595 n1_l1_affine_eq_93 0.05813692882657051
    x_61 n1_l1_affine_eq_94 -0.6990064978599548 n1_l1_affine_eq_95 0.4692276418209076
    x_61 n1_l1_affine_eq_96 0.1488824486732483 n1_l1_affine_eq_97 0.20052826404571533
    x_61 n1_l1_affine_eq_98 0.07892195880413055 n1_l1_affine_eq_99 0.5684010982513428
    x_61 n2_l1_affine_eq_0 0.2132582664489746 n2_l1_affine_eq_1 -0.6916353106498718
    x_61 n2_l1_affine_eq_2 1.1444847583770752 n2_l1_affine_eq_3 1.0318700075149536
    x_61 n2_l1_affine_eq_4 -0.725304901599884 n2_l1_affine_eq_5 -0.3463077247142792
    x_61 n2_l1_affine_eq_6 -0.03469723463058472 n2_l1_affine_eq_7 0.1364242434501648
    x_61 n2_l1_affine_eq_8 0.2142414152622223 n2_l1_affine_eq_9 0.27331194281578064
    x_61 n2_l1_affine_eq_10 -0.15872666239738464 n2_l1_affine_eq_11 -0.32222625613212585
    x_61 n2_l1_affine_eq_12 -0.32469168305397034 n2_l1_affine_eq_13 -0.4742625951766968
    x_61 n2_l1_affine_eq_14 -1.157760739326477 n2_l1_affine_eq_15 0.40513330698013306
    x_61 n2_l1_affine_eq_16 -0.7237680554389954 n2_l1_affine_eq_17 -0.2583545744419098
    x_61 n2_l1_affine_eq_18 -0.2747451663017273 n2_l1_affine_eq_19 -0.3178114593029022
    x_61 n2_l1_affine_eq_20 0.0696699321269989 n2_l1_affine_eq_21 -0.43363913893699646
    x_61 n2_l1_affine_eq_22 1.7983300685882568 n2_l1_affine_eq_23 -0.9690096378326416
    x_61 n2_l1_affine_eq_24 -0.8098082542419434 n2_l1_affine_eq_25 0.22011063992977142
    x_61 n2_l1_affine_eq_26 -0.3783862590789795 n2_l1_affine_eq_27 0.3655414283275604
    x_61 n2_l1_affine_eq_28 0.3545362055301666 n2_l1_affine_eq_29 0.010231409221887589
    x_61 n2_l1_affine_eq_30 -0.22223950922489166 n2_l1_affine_eq_31 -0.003074822947382927
    x_61 n2_l1_affine_eq_32 0.6651272773742676 n2_l1_affine_eq_33 0.21312905848026276
    x_61 n2_l1_affine_eq_34 2.0501933097839355 n2_l1_affine_eq_35 0.005956306587904692
    x_61 n2_l1_affine_eq_36 0.8965882658958435 n2_l1_affine_eq_37 0.866513729095459
    x_61 n2_l1_affine_eq_38 1.0080316066741943 n2_l1_affine_eq_39 1.0656466484069824
    x_62 n1_l1_affine_eq_0 0.4038357436656952 n1_l1_affine_eq_1 0.4029577374458313
    x_62 n1_l1_affine_eq_2 0.5078603029251099 n1_l1_affine_eq_3 0.2339516431093216
    x_62 n1_l1_affine_eq_4 0.4663156569004059 n1_l1_affine_eq_5 0.23470716178417206
    x_62 n1_l1_affine_eq_6 0.12212628126144409 n1_l1_affine_eq_7 0.17932885885238647
    x_62 n1_l1_affine_eq_8 0.22536061704158783 n1_l1_affine_eq_9 0.10882915556430817
    x_62 n1_l1_affine_eq_10 0.10078387707471848 n1_l1_affine_eq_11 0.11479080468416214
    x_62 n1_l1_affine_eq_12 -0.2325989305973053 n1_l1_affine_eq_13 0.27446141839027405
    x_62 n1_l1_affine_eq_14 0.2593349516391754 n1_l1_affine_eq_15 0.19775192439556122
    x_62 n1_l1_affine_eq_16 0.25522860884666443 n1_l1_affine_eq_17 0.5150720477104187
    x_62 n1_l1_affine_eq_18 -0.030256882309913635 n1_l1_affine_eq_19 -0.33168402314186096
    x_62 n1_l1_affine_eq_20 -0.23159044981002808 n1_l1_affine_eq_21 -0.011538803577423096
    x_62 n1_l1_affine_eq_22 0.43081581592559814 n1_l1_affine_eq_23 0.05136546120047569
    x_62 n1_l1_affine_eq_24 -0.07041803747415543 n1_l1_affine_eq_25 0.25569087266921997
    x_62 n1_l1_affine_eq_26 -0.07347042113542557 n1_l1_affine_eq_27 -0.06422050297260284
    x_62 n1_l1_affine_eq_28 -0.07171587646007538 n1_l1_affine_eq_29 -0.09227916598320007
    x_62 n1_l1_affine_eq_30 -0.044848550111055374 n1_l1_affine_eq_31 -0.17041726410388947
    x_62 n1_l1_affine_eq_32 0.002114224713295698 n1_l1_affine_eq_33 0.38229894638061523
    x_62 n1_l1_affine_eq_34 0.015034720301628113 n1_l1_affine_eq_35 -0.25553229451179504
    x_62 n1_l1_affine_eq_36 -0.0621076300740242 n1_l1_affine_eq_37 0.20945855975151062
    x_62 n1_l1_affine_eq_38 0.3604007661342621 n1_l1_affine_eq_39 -0.3035756051540375
    x_62 n1_l1_affine_eq_40 0.09376031905412674 n1_l1_affine_eq_41 0.5183255076408386
    x_62 n1_l1_affine_eq_42 -0.05766754969954491 n1_l1_affine_eq_43 -0.13188451528549194
    x_62 n1_l1_affine_eq_44 -0.5480916500091553 n1_l1_affine_eq_45 0.2456241250038147
    x_62 n1_l1_affine_eq_46 0.14802926778793335 n1_l1_affine_eq_47 0.5798866152763367
    x_62 n1_l1_affine_eq_48 -0.005887932144105434 n1_l1_affine_eq_49 -0.0697157084941864
    x_62 n1_l1_affine_eq_50 0.06013357266783714 n1_l1_affine_eq_51 0.5025519728660583
    x_62 n1_l1_affine_eq_52 0.006605828180909157 n1_l1_affine_eq_53 -0.025031128898262978
    x_62 n1_l1_affine_eq_54 -0.33577975630760193 n1_l1_affine_eq_55 0.06118394434452057
    x_62 n1_l1_affine_eq_56 0.0893719494342804 n1_l1_affine_eq_57 -0.1739424765110016
    x_62 n1_l1_affine_eq_58 0.26095426082611084 n1_l1_affine_eq_59 -0.01870568096637726
    x_62 n1_l1_affine_eq_60 -0.022489378228783607 n1_l1_affine_eq_61 0.24739643931388855
    x_62 n1_l1_affine_eq_62 0.06356505304574966 n1_l1_affine_eq_63 -0.07375182956457138
    x_62 n1_l1_affine_eq_64 -0.2051125466823578 n1_l1_affine_eq_65 0.10645421594381332
    x_62 n1_l1_affine_eq_66 0.04624023661017418 n1_l1_affine_eq_67 0.2514244019985199
    x_62 n1_l1_affine_eq_68 0.12598317861557007 n1_l1_affine_eq_69 0.34946104884147644
    x_62 n1_l1_affine_eq_70 0.0783299058675766 n1_l1_affine_eq_71 0.11801247298717499
    x_62 n1_l1_affine_eq_72 0.11796090006828308 n1_l1_affine_eq_73 0.4098584055900574
    x_62 n1_l1_affine_eq_74 -0.06530960649251938 n1_l1_affine_eq_75 -0.13654929399490356
    x_62 n1_l1_affine_eq_76 0.11317799985408783 n1_l1_affine_eq_77 0.3481338620185852
    x_62 n1_l1_affine_eq_78 -0.29891079664230347 n1_l1_affine_eq_79 -0.0005462613771669567
    x_62 n1_l1_affine_eq_80 -0.25800517201423645 n1_l1_affine_eq_81 -0.3920667767524719
    x_62 n1_l1_affine_eq_82 -0.1336461305618286 n1_l1_affine_eq_83 0.4042060673236847
    x_62 n1_l1_affine_eq_84 -0.08353126049041748 n1_l1_affine_eq_85 -0.6235032081604004
    x_62 n1_l1_affine_eq_86 0.09419966489076614 n1_l1_affine_eq_87 0.13811257481575012
    x_62 n1_l1_affine_eq_88 0.39651668071746826 n1_l1_affine_eq_89 -0.03191705420613289
    x_62 n1_l1_affine_eq_90 -0.0889657735824585 n1_l1_affine_eq_91 0.02204567939043045
    x_62 n1_l1_affine_eq_92 -0.17695185542106628 n1_l1_affine_eq_93 0.09144601970911026
    x_62 n1_l1_affine_eq_94 -0.7591223120689392 n1_l1_affine_eq_95 0.24618926644325256
    x_62 n1_l1_affine_eq_96 -0.07484374195337296 n1_l1_affine_eq_97 0.10853622108697891
    x_62 n1_l1_affine_eq_98 0.10649286210536957 n1_l1_affine_eq_99 0.2777229845523834
    x_62 n2_l1_affine_eq_0 -0.3256833553314209 n2_l1_affine_eq_1 -0.4388296604156494
    x_62 n2_l1_affine_eq_2 1.5146751403808594 n2_l1_affine_eq_3 0.29179489612579346
    x_62 n2_l1_affine_eq_4 -0.5571238398551941 n2_l1_affine_eq_5 -0.6432801485061646
    x_62 n2_l1_affine_eq_6 -0.24936231970787048 n2_l1_affine_eq_7 0.41964659094810486
    x_62 n2_l1_affine_eq_8 2.4177229404449463 n2_l1_affine_eq_9 0.3412121832370758
    x_62 n2_l1_affine_eq_10 -0.22736530005931854 n2_l1_affine_eq_11 -0.6839971542358398
    x_62 n2_l1_affine_eq_12 0.06741174310445786 n2_l1_affine_eq_13 -0.4860929250717163
    x_62 n2_l1_affine_eq_14 1.1064271926879883 n2_l1_affine_eq_15 -0.8346145153045654
    x_62 n2_l1_affine_eq_16 -0.6237986087799072 n2_l1_affine_eq_17 -0.22893759608268738
    x_62 n2_l1_affine_eq_18 1.0801210403442383 n2_l1_affine_eq_19 -0.3108815550804138
    x_62 n2_l1_affine_eq_20 -0.08761700987815857 n2_l1_affine_eq_21 -0.3272951543331146
    x_62 n2_l1_affine_eq_22 -0.03168307989835739 n2_l1_affine_eq_23 -1.4170044660568237
    x_62 n2_l1_affine_eq_24 -0.6480487585067749 n2_l1_affine_eq_25 -0.19578903913497925
    x_62 n2_l1_affine_eq_26 -0.060770027339458466 n2_l1_affine_eq_27 0.32416465878486633
    x_62 n2_l1_affine_eq_28 0.48270443081855774 n2_l1_affine_eq_29 0.21544533967971802
    x_62 n2_l1_affine_eq_30 -0.03160680830478668 n2_l1_affine_eq_31 0.2313084453344345
    x_62 n2_l1_affine_eq_32 0.573591411113739 n2_l1_affine_eq_33 0.17863863706588745
    x_62 n2_l1_affine_eq_34 1.3848493099212646 n2_l1_affine_eq_35 0.6393553614616394
    x_62 n2_l1_affine_eq_36 0.6232059597969055 n2_l1_affine_eq_37 0.6736227869987488
    x_62 n2_l1_affine_eq_38 1.5446714162826538 n2_l1_affine_eq_39 -0.4165225028991699
    x_63 n1_l1_affine_eq_0 0.22785194218158722 n1_l1_affine_eq_1 -0.13743743300437927
    x_63 n1_l1_affine_eq_2 0.21155233681201935 n1_l1_affine_eq_3 -0.4724878668785095
    x_63 n1_l1_affine_eq_4 0.21161796152591705 n1_l1_affine_eq_5 0.3040812015533447
    x_63 n1_l1_affine_eq_6 0.16779927909374237 n1_l1_affine_eq_7 -0.15843534469604492
    x_63 n1_l1_affine_eq_8 -0.2650054395198822 n1_l1_affine_eq_9 0.01024094969034195
    x_63 n1_l1_affine_eq_10 -0.174177348613739 n1_l1_affine_eq_11 -0.021038705483078957
    x_63 n1_l1_affine_eq_12 0.007331912871450186 n1_l1_affine_eq_13 0.06214536353945732
    x_63 n1_l1_affine_eq_14 0.2283029854297638 n1_l1_affine_eq_15 -0.006476647686213255
    x_63 n1_l1_affine_eq_16 -0.1041191965341568 n1_l1_affine_eq_17 0.5506896376609802
    x_63 n1_l1_affine_eq_18 -0.38438907265663147 n1_l1_affine_eq_19 -0.2743678092956543
    x_63 n1_l1_affine_eq_20 0.21553300321102142 n1_l1_affine_eq_21 0.14550116658210754
    x_63 n1_l1_affine_eq_22 -0.06406063586473465 n1_l1_affine_eq_23 -0.46769821643829346
    x_63 n1_l1_affine_eq_24 0.012149444781243801 n1_l1_affine_eq_25 -0.014782296493649483
    x_63 n1_l1_affine_eq_26 0.301756352186203 n1_l1_affine_eq_27 0.09186405688524246
    x_63 n1_l1_affine_eq_28 -0.11335288733243942 n1_l1_affine_eq_29 0.3539023697376251
    x_63 n1_l1_affine_eq_30 -0.18514680862426758 n1_l1_affine_eq_31 0.23850017786026
    x_63 n1_l1_affine_eq_32 -0.0828620046377182 n1_l1_affine_eq_33 0.5764964818954468
    x_63 n1_l1_affine_eq_34 0.2177983820438385 n1_l1_affine_eq_35 -0.06893468648195267
    x_63 n1_l1_affine_eq_36 -0.18408982455730438 n1_l1_affine_eq_37 0.22779011726379395
    x_63 n1_l1_affine_eq_38 0.1991792768239975 n1_l1_affine_eq_39 -0.25779029726982117
    x_63 n1_l1_affine_eq_40 0.09555664658546448 n1_l1_affine_eq_41 0.4041166603565216
    x_63 n1_l1_affine_eq_42 0.1060715764760971 n1_l1_affine_eq_43 0.1218898668885231
    x_63 n1_l1_affine_eq_44 -0.050167158246040344 n1_l1_affine_eq_45 0.24832026660442352
    x_63 n1_l1_affine_eq_46 0.10056717693805695 n1_l1_affine_eq_47 0.24904601275920868
    x_63 n1_l1_affine_eq_48 0.0967806950211525 n1_l1_affine_eq_49 -0.20278145372867584
    x_63 n1_l1_affine_eq_50 0.1498492956161499 n1_l1_affine_eq_51 0.15210804343223572
    x_63 n1_l1_affine_eq_52 0.01079010870307684 n1_l1_affine_eq_53 -0.05201292410492897
    x_63 n1_l1_affine_eq_54 -0.26314035058021545 n1_l1_affine_eq_55 -0.03310486301779747
    x_63 n1_l1_affine_eq_56 -0.21365958452224731 n1_l1_affine_eq_57 0.0790705531835556
    x_63 n1_l1_affine_eq_58 0.5303182005882263 n1_l1_affine_eq_59 0.027106910943984985
    x_63 n1_l1_affine_eq_60 -0.3426971435546875 n1_l1_affine_eq_61 -0.024298444390296936
    x_63 n1_l1_affine_eq_62 -0.011441401205956936 n1_l1_affine_eq_63 -0.1258503496646881
    x_63 n1_l1_affine_eq_64 0.2760227918624878 n1_l1_affine_eq_65 0.373460590839386
    x_63 n1_l1_affine_eq_66 -0.24696145951747894 n1_l1_affine_eq_67 0.1477135717868805
    x_63 n1_l1_affine_eq_68 0.029375538229942322 n1_l1_affine_eq_69 0.02706507407128811
    x_63 n1_l1_affine_eq_70 -0.10028532892465591 n1_l1_affine_eq_71 0.41081881523132324
    x_63 n1_l1_affine_eq_72 0.3078151345252991 n1_l1_affine_eq_73 0.5157874226570129
    x_63 n1_l1_affine_eq_74 0.09474365413188934 n1_l1_affine_eq_75 -0.11987695097923279
    x_63 n1_l1_affine_eq_76 0.1963752806186676 n1_l1_affine_eq_77 0.23356574773788452
    x_63 n1_l1_affine_eq_78 -0.21433000266551971 n1_l1_affine_eq_79 0.23522740602493286
    x_63 n1_l1_affine_eq_80 0.2870771288871765 n1_l1_affine_eq_81 0.031373389065265656
    x_63 n1_l1_affine_eq_82 0.16261810064315796 n1_l1_affine_eq_83 0.15274330973625183
    x_63 n1_l1_affine_eq_84 0.044104378670454025 n1_l1_affine_eq_85 -0.40610983967781067
    x_63 n1_l1_affine_eq_86 0.07113274186849594 n1_l1_affine_eq_87 0.19043858349323273
    x_63 n1_l1_affine_eq_88 0.0945170521736145 n1_l1_affine_eq_89 -0.3164406716823578
    x_63 n1_l1_affine_eq_90 0.0519917793571949 n1_l1_affine_eq_91 0.2295832484960556
    x_63 n1_l1_affine_eq_92 -0.0023389793932437897 n1_l1_affine_eq_93 -0.2668788731098175
    x_63 n1_l1_affine_eq_94 -0.23603077232837677 n1_l1_affine_eq_95 -0.08030340820550919
    x_63 n1_l1_affine_eq_96 -0.11677954345941544 n1_l1_affine_eq_97 -0.08851531893014908
    x_63 n1_l1_affine_eq_98 -0.010470092296600342 n1_l1_affine_eq_99 0.5666818618774414
    x_63 n2_l1_affine_eq_0 -0.39153313636779785 n2_l1_affine_eq_1 0.3712529242038727
    x_63 n2_l1_affine_eq_2 0.5714258551597595 n2_l1_affine_eq_3 1.9359350204467773
    x_63 n2_l1_affine_eq_4 0.28538084030151367 n2_l1_affine_eq_5 -1.0137053728103638
    x_63 n2_l1_affine_eq_6 -1.339181900024414 n2_l1_affine_eq_7 0.3095476031303406
    x_63 n2_l1_affine_eq_8 2.213330030441284 n2_l1_affine_eq_9 0.4715411365032196
    x_63 n2_l1_affine_eq_10 0.38082176446914673 n2_l1_affine_eq_11 -0.9490938186645508
    x_63 n2_l1_affine_eq_12 0.8178496956825256 n2_l1_affine_eq_13 0.16246852278709412
    x_63 n2_l1_affine_eq_14 -0.29594770073890686 n2_l1_affine_eq_15 -0.27468734979629517
    x_63 n2_l1_affine_eq_16 -0.15145519375801086 n2_l1_affine_eq_17 0.5941635966300964
    x_63 n2_l1_affine_eq_18 0.7423446774482727 n2_l1_affine_eq_19 -0.7083590626716614
    x_63 n2_l1_affine_eq_20 0.01772405579686165 n2_l1_affine_eq_21 -0.1040814220905304
    x_63 n2_l1_affine_eq_22 -0.8165438771247864 n2_l1_affine_eq_23 0.0997207760810852
    x_63 n2_l1_affine_eq_24 0.372708797454834 n2_l1_affine_eq_25 -0.08718150854110718
    x_63 n2_l1_affine_eq_26 -0.2602137625217438 n2_l1_affine_eq_27 -0.016457991674542427
    x_63 n2_l1_affine_eq_28 -0.21461249887943268 n2_l1_affine_eq_29 0.8065897822380066
    x_63 n2_l1_affine_eq_30 -0.8594934344291687 n2_l1_affine_eq_31 0.46833866834640503
    x_63 n2_l1_affine_eq_32 0.412460058927536 n2_l1_affine_eq_33 -1.1370220184326172
    x_63 n2_l1_affine_eq_34 0.25017452239990234 n2_l1_affine_eq_35 -0.09836899489164352
    x_63 n2_l1_affine_eq_36 -0.3833219110965729 n2_l1_affine_eq_37 0.28620681166648865
    x_63 n2_l1_affine_eq_38 1.0614848136901855 n2_l1_affine_eq_39 0.6587142944335938
    n1_l1_affine_0 n1_l1_affine_eq_0 1
    n1_l1_affine_1 n1_l1_affine_eq_1 1 n1_l3_affine_eq_0 0.012068872340023518
    n1_l1_affine_1 n1_l3_affine_eq_1 -0.3305746614933014 n1_l3_affine_eq_2 0.2638435661792755
    n1_l1_affine_1 n1_l3_affine_eq_3 -0.08271481841802597 n1_l3_affine_eq_4 0.009865934029221535
    n1_l1_affine_1 n1_l3_affine_eq_5 -0.05969385802745819 n1_l3_affine_eq_6 -0.14973069727420807
    n1_l1_affine_1 n1_l3_affine_eq_7 -0.046318572014570236 n1_l3_affine_eq_8 0.32520797848701477
    n1_l1_affine_1 n1_l3_affine_eq_9 -0.016570953652262688 n1_l3_affine_eq_10 -0.20472563803195953
    n1_l1_affine_1 n1_l3_affine_eq_11 -0.16842658817768097 n1_l3_affine_eq_12 -0.4312027394771576
    n1_l1_affine_1 n1_l3_affine_eq_13 0.10042727738618851 n1_l3_affine_eq_14 0.057192109525203705
    n1_l1_affine_1 n1_l3_affine_eq_15 -0.09882821887731552 n1_l3_affine_eq_16 0.029455091804265976
    n1_l1_affine_1 n1_l3_affine_eq_17 0.34335747361183167 n1_l3_affine_eq_18 0.22969697415828705
    n1_l1_affine_1 n1_l3_affine_eq_19 -0.1598595529794693 n1_l3_affine_eq_20 0.039908960461616516
    n1_l1_affine_1 n1_l3_affine_eq_21 -0.27194905281066895 n1_l3_affine_eq_22 0.1402551680803299
    n1_l1_affine_1 n1_l3_affine_eq_23 -0.14982706308364868 n1_l3_affine_eq_24 0.3836439251899719
    n1_l1_affine_1 n1_l3_affine_eq_25 0.33215510845184326 n1_l3_affine_eq_26 -0.05341513454914093
    n1_l1_affine_1 n1_l3_affine_eq_27 -0.0002991514338646084 n1_l3_affine_eq_28 -0.28087958693504333
    n1_l1_affine_1 n1_l3_affine_eq_29 -0.032991692423820496 n1_l3_affine_eq_30 -0.1197410523891449
    n1_l1_affine_1 n1_l3_affine_eq_31 0.40930402278900146 n1_l3_affine_eq_32 -0.18182240426540375
    n1_l1_affine_1 n1_l3_affine_eq_33 0.09757769107818604 n1_l3_affine_eq_34 0.5158416032791138
    n1_l1_affine_1 n1_l3_affine_eq_35 0.03756008669734001 n1_l3_affine_eq_36 0.10925161093473434
    n1_l1_affine_1 n1_l3_affine_eq_37 0.24936653673648834 n1_l3_affine_eq_38 -0.2812499701976776
    n1_l1_affine_1 n1_l3_affine_eq_39 -0.29830676317214966 n1_l3_affine_eq_40 0.10234080255031586
    n1_l1_affine_1 n1_l3_affine_eq_41 0.05833612382411957 n1_l3_affine_eq_42 -0.34037649631500244
    n1_l1_affine_1 n1_l3_affine_eq_43 -0.11163985729217529 n1_l3_affine_eq_44 0.17929494380950928
    n1_l1_affine_1 n1_l3_affine_eq_45 -0.25209033489227295 n1_l3_affine_eq_46 -0.3735753893852234
    n1_l1_affine_1 n1_l3_affine_eq_47 -0.010879790410399437 n1_l3_affine_eq_48 0.26783299446105957
    n1_l1_affine_1 n1_l3_affine_eq_49 0.16425514221191406 n1_l3_affine_eq_50 0.07024160772562027
    n1_l1_affine_1 n1_l3_affine_eq_51 -0.09908899664878845 n1_l3_affine_eq_52 0.1300249695777893
    n1_l1_affine_1 n1_l3_affine_eq_53 0.18484976887702942 n1_l3_affine_eq_54 0.08987550437450409
    n1_l1_affine_1 n1_l3_affine_eq_55 0.11231575161218643 n1_l3_affine_eq_56 -0.14813494682312012
    n1_l1_affine_1 n1_l3_affine_eq_57 0.14917922019958496 n1_l3_affine_eq_58 0.08268175274133682
    n1_l1_affine_1 n1_l3_affine_eq_59 -0.30271631479263306 n1_l3_affine_eq_60 -0.1395738124847412
    n1_l1_affine_1 n1_l3_affine_eq_61 0.07986438274383545 n1_l3_affine_eq_62 -0.15655268728733063
    n1_l1_affine_1 n1_l3_affine_eq_63 0.14724613726139069 n1_l3_affine_eq_64 -0.19353441894054413
    n1_l1_affine_1 n1_l3_affine_eq_65 -0.2207147628068924 n1_l3_affine_eq_66 0.39557120203971863
    n1_l1_affine_1 n1_l3_affine_eq_67 0.03817619010806084 n1_l3_affine_eq_68 0.20140217244625092
    n1_l1_affine_1 n1_l3_affine_eq_69 -0.015015965327620506 n1_l3_affine_eq_70 -0.3819531500339508
    n1_l1_affine_1 n1_l3_affine_eq_71 0.06200072914361954 n1_l3_affine_eq_72 0.10902046412229538
    n1_l1_affine_1 n1_l3_affine_eq_73 0.08036328852176666 n1_l3_affine_eq_74 -0.4013736844062805
    n1_l1_affine_1 n1_l3_affine_eq_75 -0.02077484503388405 n1_l3_affine_eq_76 -0.08201438933610916
    n1_l1_affine_1 n1_l3_affine_eq_77 0.08953668922185898 n1_l3_affine_eq_78 -0.03918885439634323
    n1_l1_affine_1 n1_l3_affine_eq_79 0.25199130177497864
    n1_l1_affine_2 n1_l1_affine_eq_2 1
    n1_l1_affine_3 n1_l1_affine_eq_3 1 n1_l3_affine_eq_0 -0.20111943781375885
    n1_l1_affine_3 n1_l3_affine_eq_1 -0.008897439576685429 n1_l3_affine_eq_2 0.13639293611049652
    n1_l1_affine_3 n1_l3_affine_eq_3 -0.3425670564174652 n1_l3_affine_eq_4 0.030280956998467445
    n1_l1_affine_3 n1_l3_affine_eq_5 -0.21184808015823364 n1_l3_affine_eq_6 0.08510158210992813
    n1_l1_affine_3 n1_l3_affine_eq_7 -0.0681009516119957 n1_l3_affine_eq_8 -0.259340763092041
    n1_l1_affine_3 n1_l3_affine_eq_9 -0.4234693646430969 n1_l3_affine_eq_10 -0.14944234490394592
    n1_l1_affine_3 n1_l3_affine_eq_11 0.19498419761657715 n1_l3_affine_eq_12 -0.0075653474777936935
    n1_l1_affine_3 n1_l3_affine_eq_13 -0.1497594565153122 n1_l3_affine_eq_14 0.44198042154312134
    n1_l1_affine_3 n1_l3_affine_eq_15 -0.20575231313705444 n1_l3_affine_eq_16 0.32691821455955505
    n1_l1_affine_3 n1_l3_affine_eq_17 0.07902797311544418 n1_l3_affine_eq_18 0.18000976741313934
    n1_l1_affine_3 n1_l3_affine_eq_19 0.0032294716220349073 n1_l3_affine_eq_20 -0.18532748520374298
    n1_l1_affine_3 n1_l3_affine_eq_21 -0.008914238773286343 n1_l3_affine_eq_22 -0.03469184786081314
    n1_l1_affine_3 n1_l3_affine_eq_23 0.2615675628185272 n1_l3_affine_eq_24 0.02907724678516388
    n1_l1_affine_3 n1_l3_affine_eq_25 0.08345133811235428 n1_l3_affine_eq_26 0.21841062605381012
    n1_l1_affine_3 n1_l3_affine_eq_27 -0.10392621159553528 n1_l3_affine_eq_28 -0.14397206902503967
    n1_l1_affine_3 n1_l3_affine_eq_29 0.04156459867954254 n1_l3_affine_eq_30 0.14827482402324677
    n1_l1_affine_3 n1_l3_affine_eq_31 -0.029057925567030907 n1_l3_affine_eq_32 -0.16231194138526917
    n1_l1_affine_3 n1_l3_affine_eq_33 -0.14631140232086182 n1_l3_affine_eq_34 -0.0993945300579071
    n1_l1_affine_3 n1_l3_affine_eq_35 0.2751052677631378 n1_l3_affine_eq_36 -0.38229891657829285
    n1_l1_affine_3 n1_l3_affine_eq_37 0.10924671590328217 n1_l3_affine_eq_38 0.012431208044290543
    n1_l1_affine_3 n1_l3_affine_eq_39 -0.15450164675712585 n1_l3_affine_eq_40 -0.10863783955574036
    n1_l1_affine_3 n1_l3_affine_eq_41 0.17770828306674957 n1_l3_affine_eq_42 -0.25901204347610474
    n1_l1_affine_3 n1_l3_affine_eq_43 0.41517457365989685 n1_l3_affine_eq_44 -0.11524201184511185
    n1_l1_affine_3 n1_l3_affine_eq_45 0.09379224479198456 n1_l3_affine_eq_46 0.22431974112987518
    n1_l1_affine_3 n1_l3_affine_eq_47 0.049252044409513474 n1_l3_affine_eq_48 -0.21194323897361755
    n1_l1_affine_3 n1_l3_affine_eq_49 -0.04799172282218933 n1_l3_affine_eq_50 -0.13258026540279388
    n1_l1_affine_3 n1_l3_affine_eq_51 0.30720484256744385 n1_l3_affine_eq_52 -0.11925767362117767
    n1_l1_affine_3 n1_l3_affine_eq_53 0.07657274603843689 n1_l3_affine_eq_54 0.05889361724257469
    n1_l1_affine_3 n1_l3_affine_eq_55 0.17549417912960052 n1_l3_affine_eq_56 -0.10334817320108414
    n1_l1_affine_3 n1_l3_affine_eq_57 -0.23897983133792877 n1_l3_affine_eq_58 -0.14796429872512817
    n1_l1_affine_3 n1_l3_affine_eq_59 -0.34608572721481323 n1_l3_affine_eq_60 0.7345708608627319
    n1_l1_affine_3 n1_l3_affine_eq_61 0.24917903542518616 n1_l3_affine_eq_62 0.22950798273086548
    n1_l1_affine_3 n1_l3_affine_eq_63 -0.08511027693748474 n1_l3_affine_eq_64 0.05017524212598801
    n1_l1_affine_3 n1_l3_affine_eq_65 -0.01698165200650692 n1_l3_affine_eq_66 -0.12646932899951935
    n1_l1_affine_3 n1_l3_affine_eq_67 -0.0444951131939888 n1_l3_affine_eq_68 0.19602638483047485
    n1_l1_affine_3 n1_l3_affine_eq_69 -0.006704045459628105 n1_l3_affine_eq_70 0.07882410287857056
    n1_l1_affine_3 n1_l3_affine_eq_71 0.17769820988178253 n1_l3_affine_eq_72 0.005890646483749151
    n1_l1_affine_3 n1_l3_affine_eq_73 -0.2578457295894623 n1_l3_affine_eq_74 -0.041576530784368515
    n1_l1_affine_3 n1_l3_affine_eq_75 0.036118850111961365 n1_l3_affine_eq_76 -0.22878092527389526
    n1_l1_affine_3 n1_l3_affine_eq_77 0.06407339125871658 n1_l3_affine_eq_78 -0.025563057512044907
    n1_l1_affine_3 n1_l3_affine_eq_79 -0.21592280268669128
    n1_l1_affine_4 n1_l1_affine_eq_4 1
    n1_l1_affine_5 n1_l1_affine_eq_5 1
    n1_l1_affine_6 n1_l1_affine_eq_6 1
    n1_l1_affine_7 n1_l1_affine_eq_7 1
    n1_l1_affine_8 n1_l1_affine_eq_8 1
    n1_l1_affine_9 n1_l1_affine_eq_9 1
    n1_l1_affine_10 n1_l1_affine_eq_10 1 n1_l3_affine_eq_0 -0.3931170105934143
    n1_l1_affine_10 n1_l3_affine_eq_1 0.39324939250946045 n1_l3_affine_eq_2 0.35807004570961
    n1_l1_affine_10 n1_l3_affine_eq_3 -0.19120559096336365 n1_l3_affine_eq_4 0.010978518053889275
    n1_l1_affine_10 n1_l3_affine_eq_5 0.025775613263249397 n1_l3_affine_eq_6 0.29953843355178833
    n1_l1_affine_10 n1_l3_affine_eq_7 0.0570475235581398 n1_l3_affine_eq_8 -0.20744958519935608
    n1_l1_affine_10 n1_l3_affine_eq_9 -0.06024710088968277 n1_l3_affine_eq_10 -0.19522269070148468
    n1_l1_affine_10 n1_l3_affine_eq_11 0.21944761276245117 n1_l3_affine_eq_12 -0.03769328072667122
    n1_l1_affine_10 n1_l3_affine_eq_13 0.09514718502759933 n1_l3_affine_eq_14 -0.13530544936656952
    n1_l1_affine_10 n1_l3_affine_eq_15 -0.28000184893608093 n1_l3_affine_eq_16 -0.004606850910931826
    n1_l1_affine_10 n1_l3_affine_eq_17 0.33719637989997864 n1_l3_affine_eq_18 -0.11793574690818787
    n1_l1_affine_10 n1_l3_affine_eq_19 -0.12699832022190094 n1_l3_affine_eq_20 -0.34087955951690674
    n1_l1_affine_10 n1_l3_affine_eq_21 0.15317635238170624 n1_l3_affine_eq_22 -0.032459840178489685
    n1_l1_affine_10 n1_l3_affine_eq_23 0.20575714111328125 n1_l3_affine_eq_24 0.365635484457016
    n1_l1_affine_10 n1_l3_affine_eq_25 0.4921902120113373 n1_l3_affine_eq_26 -0.12448737025260925
    n1_l1_affine_10 n1_l3_affine_eq_27 -0.00870541762560606 n1_l3_affine_eq_28 0.08999962359666824
    n1_l1_affine_10 n1_l3_affine_eq_29 0.12609148025512695 n1_l3_affine_eq_30 -0.19284942746162415
    n1_l1_affine_10 n1_l3_affine_eq_31 -0.11380448937416077 n1_l3_affine_eq_32 0.0405513159930706
    n1_l1_affine_10 n1_l3_affine_eq_33 0.15424427390098572 n1_l3_affine_eq_34 0.2723028063774109
    n1_l1_affine_10 n1_l3_affine_eq_35 -0.07056489586830139 n1_l3_affine_eq_36 0.06214282661676407
    n1_l1_affine_10 n1_l3_affine_eq_37 0.16245917975902557 n1_l3_affine_eq_38 -0.04645237699151039
    n1_l1_affine_10 n1_l3_affine_eq_39 -0.1342553198337555 n1_l3_affine_eq_40 0.23658029735088348
    n1_l1_affine_10 n1_l3_affine_eq_41 -0.12986381351947784 n1_l3_affine_eq_42 -0.037420183420181274
    n1_l1_affine_10 n1_l3_affine_eq_43 0.19648078083992004 n1_l3_affine_eq_44 0.1274322271347046
    n1_l1_affine_10 n1_l3_affine_eq_45 0.17187918722629547 n1_l3_affine_eq_46 0.19390654563903809
    n1_l1_affine_10 n1_l3_affine_eq_47 0.16643284261226654 n1_l3_affine_eq_48 0.32580748200416565
    n1_l1_affine_10 n1_l3_affine_eq_49 -0.11507685482501984 n1_l3_affine_eq_50 0.3724817633628845
    n1_l1_affine_10 n1_l3_affine_eq_51 0.25878050923347473 n1_l3_affine_eq_52 0.187966987490654
    n1_l1_affine_10 n1_l3_affine_eq_53 0.23476827144622803 n1_l3_affine_eq_54 -0.03859370946884155
    n1_l1_affine_10 n1_l3_affine_eq_55 0.3109261691570282 n1_l3_affine_eq_56 0.15307170152664185
    n1_l1_affine_10 n1_l3_affine_eq_57 0.09047806262969971 n1_l3_affine_eq_58 -0.11655550450086594
    n1_l1_affine_10 n1_l3_affine_eq_59 -0.013604767620563507 n1_l3_affine_eq_60 0.3599329888820648
    n1_l1_affine_10 n1_l3_affine_eq_61 0.06303441524505615 n1_l3_affine_eq_62 0.07411383092403412
    n1_l1_affine_10 n1_l3_affine_eq_63 -0.008414470590651035 n1_l3_affine_eq_64 -0.3821678161621094
    n1_l1_affine_10 n1_l3_affine_eq_65 0.16279825568199158 n1_l3_affine_eq_66 -0.12018202245235443
    n1_l1_affine_10 n1_l3_affine_eq_67 -0.0006660815561190248 n1_l3_affine_eq_68 -0.14893865585327148
    n1_l1_affine_10 n1_l3_affine_eq_69 -0.11138582229614258 n1_l3_affine_eq_70 0.3277313709259033
    n1_l1_affine_10 n1_l3_affine_eq_71 0.13687415421009064 n1_l3_affine_eq_72 0.12571708858013153
    n1_l1_affine_10 n1_l3_affine_eq_73 0.10761220753192902 n1_l3_affine_eq_74 0.053044237196445465
    n1_l1_affine_10 n1_l3_affine_eq_75 0.28435856103897095 n1_l3_affine_eq_76 0.17285531759262085
    n1_l1_affine_10 n1_l3_affine_eq_77 -0.35349196195602417 n1_l3_affine_eq_78 0.15204471349716187
    n1_l1_affine_10 n1_l3_affine_eq_79 -0.1455589383840561
    n1_l1_affine_11 n1_l1_affine_eq_11 1 n1_l3_affine_eq_0 -0.20849615335464478
    n1_l1_affine_11 n1_l3_affine_eq_1 0.037397999316453934 n1_l3_affine_eq_2 -0.18954861164093018
    n1_l1_affine_11 n1_l3_affine_eq_3 0.033442068845033646 n1_l3_affine_eq_4 -0.11747487634420395
    n1_l1_affine_11 n1_l3_affine_eq_5 0.06053362414240837 n1_l3_affine_eq_6 -0.027413951233029366
    n1_l1_affine_11 n1_l3_affine_eq_7 -0.28255850076675415 n1_l3_affine_eq_8 -0.02453911490738392
    n1_l1_affine_11 n1_l3_affine_eq_9 0.115390844643116 n1_l3_affine_eq_10 0.047578662633895874
    n1_l1_affine_11 n1_l3_affine_eq_11 -0.19251270592212677 n1_l3_affine_eq_12 0.15367034077644348
    n1_l1_affine_11 n1_l3_affine_eq_13 0.028206156566739082 n1_l3_affine_eq_14 0.09633483737707138
    n1_l1_affine_11 n1_l3_affine_eq_15 -0.09895724803209305 n1_l3_affine_eq_16 -0.3108709156513214
    n1_l1_affine_11 n1_l3_affine_eq_17 -0.03686554729938507 n1_l3_affine_eq_18 -0.021045858040452003
    n1_l1_affine_11 n1_l3_affine_eq_19 -0.07989978045225143 n1_l3_affine_eq_20 0.10973680764436722
    n1_l1_affine_11 n1_l3_affine_eq_21 0.019483592361211777 n1_l3_affine_eq_22 0.35180506110191345
    n1_l1_affine_11 n1_l3_affine_eq_23 0.13386434316635132 n1_l3_affine_eq_24 -0.13764138519763947
    n1_l1_affine_11 n1_l3_affine_eq_25 -0.05951692536473274 n1_l3_affine_eq_26 0.04799585044384003
    n1_l1_affine_11 n1_l3_affine_eq_27 0.24392250180244446 n1_l3_affine_eq_28 -0.23951593041419983
    n1_l1_affine_11 n1_l3_affine_eq_29 0.0024460023269057274 n1_l3_affine_eq_30 0.3785325586795807
    n1_l1_affine_11 n1_l3_affine_eq_31 -0.27744051814079285 n1_l3_affine_eq_32 0.20497830212116241
    n1_l1_affine_11 n1_l3_affine_eq_33 0.29667213559150696 n1_l3_affine_eq_34 0.1683228760957718
    n1_l1_affine_11 n1_l3_affine_eq_35 0.03742430731654167 n1_l3_affine_eq_36 0.12179875373840332
    n1_l1_affine_11 n1_l3_affine_eq_37 -0.38886716961860657 n1_l3_affine_eq_38 0.3114922046661377
    n1_l1_affine_11 n1_l3_affine_eq_39 -0.05271228775382042 n1_l3_affine_eq_40 -0.12817193567752838
    n1_l1_affine_11 n1_l3_affine_eq_41 0.07843828201293945 n1_l3_affine_eq_42 -0.05898473784327507
    n1_l1_affine_11 n1_l3_affine_eq_43 -0.14481587707996368 n1_l3_affine_eq_44 0.18559704720973969
    n1_l1_affine_11 n1_l3_affine_eq_45 0.18891213834285736 n1_l3_affine_eq_46 0.18315494060516357
    n1_l1_affine_11 n1_l3_affine_eq_47 -0.03310251981019974 n1_l3_affine_eq_48 -0.061898451298475266
    n1_l1_affine_11 n1_l3_affine_eq_49 0.16868017613887787 n1_l3_affine_eq_50 0.21215742826461792
    n1_l1_affine_11 n1_l3_affine_eq_51 0.09121888875961304 n1_l3_affine_eq_52 0.08203067630529404
    n1_l1_affine_11 n1_l3_affine_eq_53 0.02155188098549843 n1_l3_affine_eq_54 0.013124462217092514
    n1_l1_affine_11 n1_l3_affine_eq_55 0.2913084924221039 n1_l3_affine_eq_56 -0.25671637058258057
    n1_l1_affine_11 n1_l3_affine_eq_57 -0.11544486880302429 n1_l3_affine_eq_58 -0.36448535323143005
    n1_l1_affine_11 n1_l3_affine_eq_59 0.20822377502918243 n1_l3_affine_eq_60 0.028260720893740654
    n1_l1_affine_11 n1_l3_affine_eq_61 0.3236217796802521 n1_l3_affine_eq_62 -0.22692735493183136
    n1_l1_affine_11 n1_l3_affine_eq_63 -0.1247301995754242 n1_l3_affine_eq_64 0.07256010919809341
    n1_l1_affine_11 n1_l3_affine_eq_65 -0.08059005439281464 n1_l3_affine_eq_66 -0.013790194876492023
    n1_l1_affine_11 n1_l3_affine_eq_67 0.4180064797401428 n1_l3_affine_eq_68 -0.02530284784734249
    n1_l1_affine_11 n1_l3_affine_eq_69 -0.23773370683193207 n1_l3_affine_eq_70 -0.10384952276945114
    n1_l1_affine_11 n1_l3_affine_eq_71 -0.1612025797367096 n1_l3_affine_eq_72 -0.2608180642127991
    n1_l1_affine_11 n1_l3_affine_eq_73 0.2578941583633423 n1_l3_affine_eq_74 -0.2786044478416443
    n1_l1_affine_11 n1_l3_affine_eq_75 -0.15637481212615967 n1_l3_affine_eq_76 0.1810465008020401
    n1_l1_affine_11 n1_l3_affine_eq_77 -0.0002528581826481968 n1_l3_affine_eq_78 0.1528732031583786
    n1_l1_affine_11 n1_l3_affine_eq_79 0.313053160905838
    n1_l1_affine_12 n1_l1_affine_eq_12 1
    n1_l1_affine_13 n1_l1_affine_eq_13 1 n1_l3_affine_eq_0 0.36237695813179016
    n1_l1_affine_13 n1_l3_affine_eq_1 0.017180761322379112 n1_l3_affine_eq_2 -0.007792132440954447
    n1_l1_affine_13 n1_l3_affine_eq_3 -0.1613319218158722 n1_l3_affine_eq_4 0.1717948466539383
    n1_l1_affine_13 n1_l3_affine_eq_5 -0.27739304304122925 n1_l3_affine_eq_6 -0.5573095083236694
    n1_l1_affine_13 n1_l3_affine_eq_7 0.41566210985183716 n1_l3_affine_eq_8 -0.19891396164894104
    n1_l1_affine_13 n1_l3_affine_eq_9 0.03864828124642372 n1_l3_affine_eq_10 -0.04614787921309471
    n1_l1_affine_13 n1_l3_affine_eq_11 -0.1347229778766632 n1_l3_affine_eq_12 0.1327868103981018
    n1_l1_affine_13 n1_l3_affine_eq_13 -0.21451936662197113 n1_l3_affine_eq_14 -0.007559175603091717
    n1_l1_affine_13 n1_l3_affine_eq_15 -0.2593082785606384 n1_l3_affine_eq_16 -0.14902496337890625
    n1_l1_affine_13 n1_l3_affine_eq_17 0.05274243652820587 n1_l3_affine_eq_18 0.08064578473567963
    n1_l1_affine_13 n1_l3_affine_eq_19 -0.0581989511847496 n1_l3_affine_eq_20 -0.28260233998298645
    n1_l1_affine_13 n1_l3_affine_eq_21 0.10030724108219147 n1_l3_affine_eq_22 -0.03107243962585926
    n1_l1_affine_13 n1_l3_affine_eq_23 0.1859438121318817 n1_l3_affine_eq_24 0.18904414772987366
    n1_l1_affine_13 n1_l3_affine_eq_25 -0.32078075408935547 n1_l3_affine_eq_26 0.013190088793635368
    n1_l1_affine_13 n1_l3_affine_eq_27 -0.10549610108137131 n1_l3_affine_eq_28 -0.21438971161842346
    n1_l1_affine_13 n1_l3_affine_eq_29 0.11018487811088562 n1_l3_affine_eq_30 -0.21216647326946259
    n1_l1_affine_13 n1_l3_affine_eq_31 0.3292977809906006 n1_l3_affine_eq_32 0.017123663797974586
    n1_l1_affine_13 n1_l3_affine_eq_33 -0.35976123809814453 n1_l3_affine_eq_34 -0.14694176614284515
    n1_l1_affine_13 n1_l3_affine_eq_35 -0.07516289502382278 n1_l3_affine_eq_36 0.06379103660583496
    n1_l1_affine_13 n1_l3_affine_eq_37 0.11509756743907928 n1_l3_affine_eq_38 -0.1236402839422226
    n1_l1_affine_13 n1_l3_affine_eq_39 0.0570249930024147 n1_l3_affine_eq_40 0.3036254942417145
    n1_l1_affine_13 n1_l3_affine_eq_41 -0.13440820574760437 n1_l3_affine_eq_42 -0.06771442294120789
    n1_l1_affine_13 n1_l3_affine_eq_43 0.1549469381570816 n1_l3_affine_eq_44 -0.16844937205314636
    n1_l1_affine_13 n1_l3_affine_eq_45 0.0010422035120427608 n1_l3_affine_eq_46 0.26842716336250305
    n1_l1_affine_13 n1_l3_affine_eq_47 -0.1578538566827774 n1_l3_affine_eq_48 -0.41058072447776794
    n1_l1_affine_13 n1_l3_affine_eq_49 0.09466768801212311 n1_l3_affine_eq_50 -0.2460196316242218
    n1_l1_affine_13 n1_l3_affine_eq_51 0.10497786849737167 n1_l3_affine_eq_52 0.018100937828421593
    n1_l1_affine_13 n1_l3_affine_eq_53 0.059184953570365906 n1_l3_affine_eq_54 0.13114745914936066
    n1_l1_affine_13 n1_l3_affine_eq_55 -0.201277956366539 n1_l3_affine_eq_56 -0.1579994559288025
    n1_l1_affine_13 n1_l3_affine_eq_57 -0.3090013265609741 n1_l3_affine_eq_58 0.3158673048019409
    n1_l1_affine_13 n1_l3_affine_eq_59 -0.07775415480136871 n1_l3_affine_eq_60 -0.13678905367851257
    n1_l1_affine_13 n1_l3_affine_eq_61 -0.11334652453660965 n1_l3_affine_eq_62 0.03098989464342594
    n1_l1_affine_13 n1_l3_affine_eq_63 -0.2570447623729706 n1_l3_affine_eq_64 -0.11381302028894424
    n1_l1_affine_13 n1_l3_affine_eq_65 -0.036433108150959015 n1_l3_affine_eq_66 -0.06861354410648346
    n1_l1_affine_13 n1_l3_affine_eq_67 -0.03600342944264412 n1_l3_affine_eq_68 0.03219381347298622
    n1_l1_affine_13 n1_l3_affine_eq_69 -0.19026948511600494 n1_l3_affine_eq_70 -0.35057732462882996
    n1_l1_affine_13 n1_l3_affine_eq_71 0.15482082962989807 n1_l3_affine_eq_72 -0.03182278573513031
    n1_l1_affine_13 n1_l3_affine_eq_73 -0.044658113270998 n1_l3_affine_eq_74 0.04658712074160576
    n1_l1_affine_13 n1_l3_affine_eq_75 -0.06519882380962372 n1_l3_affine_eq_76 0.1179131343960762
    n1_l1_affine_13 n1_l3_affine_eq_77 -0.02945251576602459 n1_l3_affine_eq_78 -0.08240962773561478
    n1_l1_affine_13 n1_l3_affine_eq_79 0.17742067575454712
    n1_l1_affine_14 n1_l1_affine_eq_14 1
    n1_l1_affine_15 n1_l1_affine_eq_15 1
    n1_l1_affine_16 n1_l1_affine_eq_16 1
    n1_l1_affine_17 n1_l1_affine_eq_17 1 n1_l3_affine_eq_0 0.28312766551971436
    n1_l1_affine_17 n1_l3_affine_eq_1 0.584038257598877 n1_l3_affine_eq_2 0.1944444179534912
    n1_l1_affine_17 n1_l3_affine_eq_3 0.23238986730575562 n1_l3_affine_eq_4 0.3962063193321228
    n1_l1_affine_17 n1_l3_affine_eq_5 0.1554895043373108 n1_l3_affine_eq_6 0.1775059998035431
    n1_l1_affine_17 n1_l3_affine_eq_7 -0.3040771484375 n1_l3_affine_eq_8 -0.008414264768362045
    n1_l1_affine_17 n1_l3_affine_eq_9 -0.06456028670072556 n1_l3_affine_eq_10 0.09442794322967529
    n1_l1_affine_17 n1_l3_affine_eq_11 -0.06346865743398666 n1_l3_affine_eq_12 0.09538273513317108
    n1_l1_affine_17 n1_l3_affine_eq_13 -0.04325469583272934 n1_l3_affine_eq_14 -0.3528051972389221
    n1_l1_affine_17 n1_l3_affine_eq_15 -0.14118309319019318 n1_l3_affine_eq_16 -0.09512917697429657
    n1_l1_affine_17 n1_l3_affine_eq_17 -0.2948373258113861 n1_l3_affine_eq_18 0.3418438732624054
    n1_l1_affine_17 n1_l3_affine_eq_19 0.021870702505111694 n1_l3_affine_eq_20 -0.12415935099124908
    n1_l1_affine_17 n1_l3_affine_eq_21 -0.22028571367263794 n1_l3_affine_eq_22 -0.10766872763633728
    n1_l1_affine_17 n1_l3_affine_eq_23 0.10940608382225037 n1_l3_affine_eq_24 -0.06437669694423676
    n1_l1_affine_17 n1_l3_affine_eq_25 0.0002822766255121678 n1_l3_affine_eq_26 0.08861175924539566
    n1_l1_affine_17 n1_l3_affine_eq_27 -0.18941791355609894 n1_l3_affine_eq_28 -0.12292186170816422
    n1_l1_affine_17 n1_l3_affine_eq_29 -0.14517748355865479 n1_l3_affine_eq_30 0.037893880158662796
    n1_l1_affine_17 n1_l3_affine_eq_31 -0.12726560235023499 n1_l3_affine_eq_32 -0.035273708403110504
    n1_l1_affine_17 n1_l3_affine_eq_33 0.21275319159030914 n1_l3_affine_eq_34 0.3682221472263336
    n1_l1_affine_17 n1_l3_affine_eq_35 0.1079358458518982 n1_l3_affine_eq_36 -0.20264771580696106
    n1_l1_affine_17 n1_l3_affine_eq_37 -0.20911777019500732 n1_l3_affine_eq_38 0.2736087739467621
    n1_l1_affine_17 n1_l3_affine_eq_39 0.09357843548059464 n1_l3_affine_eq_40 0.2691085934638977
    n1_l1_affine_17 n1_l3_affine_eq_41 0.23332075774669647 n1_l3_affine_eq_42 -0.21793119609355927
    n1_l1_affine_17 n1_l3_affine_eq_43 -0.05417879298329353 n1_l3_affine_eq_44 0.0899517759680748
    n1_l1_affine_17 n1_l3_affine_eq_45 -0.10592041164636612 n1_l3_affine_eq_46 0.15167202055454254
    n1_l1_affine_17 n1_l3_affine_eq_47 -0.021525725722312927 n1_l3_affine_eq_48 0.1990359127521515
    n1_l1_affine_17 n1_l3_affine_eq_49 0.18257305026054382 n1_l3_affine_eq_50 0.30272358655929565
    n1_l1_affine_17 n1_l3_affine_eq_51 -0.0447251982986927 n1_l3_affine_eq_52 0.13192367553710938
    n1_l1_affine_17 n1_l3_affine_eq_53 0.024374138563871384 n1_l3_affine_eq_54 -0.04342344030737877
    n1_l1_affine_17 n1_l3_affine_eq_55 -0.05421631038188934 n1_l3_affine_eq_56 0.25303322076797485
    n1_l1_affine_17 n1_l3_affine_eq_57 0.12225066125392914 n1_l3_affine_eq_58 -0.19555701315402985
    n1_l1_affine_17 n1_l3_affine_eq_59 -0.19984424114227295 n1_l3_affine_eq_60 -0.02993517369031906
    n1_l1_affine_17 n1_l3_affine_eq_61 0.3179207146167755 n1_l3_affine_eq_62 -0.21568478643894196
    n1_l1_affine_17 n1_l3_affine_eq_63 0.05049200728535652 n1_l3_affine_eq_64 -0.04188714548945427
    n1_l1_affine_17 n1_l3_affine_eq_65 -0.20849359035491943 n1_l3_affine_eq_66 0.070823073387146
    n1_l1_affine_17 n1_l3_affine_eq_67 0.33488187193870544 n1_l3_affine_eq_68 -0.25205564498901367
    n1_l1_affine_17 n1_l3_affine_eq_69 -0.06793452054262161 n1_l3_affine_eq_70 -0.018512383103370667
    n1_l1_affine_17 n1_l3_affine_eq_71 -0.23993325233459473 n1_l3_affine_eq_72 0.2687055468559265
    n1_l1_affine_17 n1_l3_affine_eq_73 0.16275203227996826 n1_l3_affine_eq_74 -0.0777941420674324
    n1_l1_affine_17 n1_l3_affine_eq_75 -0.038485217839479446 n1_l3_affine_eq_76 0.022399451583623886
    n1_l1_affine_17 n1_l3_affine_eq_77 0.15629872679710388 n1_l3_affine_eq_78 -0.052549608051776886
    n1_l1_affine_17 n1_l3_affine_eq_79 0.026055434718728065
    n1_l1_affine_18 n1_l1_affine_eq_18 1
    n1_l1_affine_19 n1_l1_affine_eq_19 1
    n1_l1_affine_20 n1_l1_affine_eq_20 1 n1_l3_affine_eq_0 0.06707613915205002
    n1_l1_affine_20 n1_l3_affine_eq_1 -0.15798206627368927 n1_l3_affine_eq_2 -0.09265267103910446
    n1_l1_affine_20 n1_l3_affine_eq_3 0.3568759560585022 n1_l3_affine_eq_4 -0.266238272190094
    n1_l1_affine_20 n1_l3_affine_eq_5 -0.015613463707268238 n1_l3_affine_eq_6 -0.13061238825321198
    n1_l1_affine_20 n1_l3_affine_eq_7 0.10085786134004593 n1_l3_affine_eq_8 -0.0131113575771451
    n1_l1_affine_20 n1_l3_affine_eq_9 0.10327741503715515 n1_l3_affine_eq_10 0.17704817652702332
    n1_l1_affine_20 n1_l3_affine_eq_11 0.04770631343126297 n1_l3_affine_eq_12 0.07746465504169464
    n1_l1_affine_20 n1_l3_affine_eq_13 0.0365317203104496 n1_l3_affine_eq_14 -0.25249406695365906
    n1_l1_affine_20 n1_l3_affine_eq_15 -0.15197713673114777 n1_l3_affine_eq_16 -0.30094391107559204
    n1_l1_affine_20 n1_l3_affine_eq_17 -0.1615246832370758 n1_l3_affine_eq_18 0.18326696753501892
    n1_l1_affine_20 n1_l3_affine_eq_19 -0.11175201833248138 n1_l3_affine_eq_20 0.01635899767279625
    n1_l1_affine_20 n1_l3_affine_eq_21 -0.07258620113134384 n1_l3_affine_eq_22 0.336185097694397
    n1_l1_affine_20 n1_l3_affine_eq_23 0.011438177898526192 n1_l3_affine_eq_24 -0.1542750746011734
    n1_l1_affine_20 n1_l3_affine_eq_25 -0.04600593447685242 n1_l3_affine_eq_26 0.039079539477825165
    n1_l1_affine_20 n1_l3_affine_eq_27 -0.0037544434890151024 n1_l3_affine_eq_28 0.06304767727851868
    n1_l1_affine_20 n1_l3_affine_eq_29 -0.0658702477812767 n1_l3_affine_eq_30 0.01808794029057026
    n1_l1_affine_20 n1_l3_affine_eq_31 -0.0469852015376091 n1_l3_affine_eq_32 -0.1858697384595871
    n1_l1_affine_20 n1_l3_affine_eq_33 0.1963651329278946 n1_l3_affine_eq_34 -0.12376374751329422
    n1_l1_affine_20 n1_l3_affine_eq_35 0.0038795177824795246 n1_l3_affine_eq_36 -0.04626982659101486
    n1_l1_affine_20 n1_l3_affine_eq_37 -0.15254494547843933 n1_l3_affine_eq_38 0.20281736552715302
    n1_l1_affine_20 n1_l3_affine_eq_39 0.014896262437105179 n1_l3_affine_eq_40 -0.0015640495112165809
    n1_l1_affine_20 n1_l3_affine_eq_41 0.05260835215449333 n1_l3_affine_eq_42 -0.16942138969898224
    n1_l1_affine_20 n1_l3_affine_eq_43 -0.06717430800199509 n1_l3_affine_eq_44 -0.2536619007587433
    n1_l1_affine_20 n1_l3_affine_eq_45 0.02925771474838257 n1_l3_affine_eq_46 0.017252622172236443
    n1_l1_affine_20 n1_l3_affine_eq_47 0.0982413962483406 n1_l3_affine_eq_48 -0.05607244744896889
    n1_l1_affine_20 n1_l3_affine_eq_49 0.14310018718242645 n1_l3_affine_eq_50 0.19835419952869415
    n1_l1_affine_20 n1_l3_affine_eq_51 0.27203160524368286 n1_l3_affine_eq_52 -0.1693137139081955
    n1_l1_affine_20 n1_l3_affine_eq_53 -0.04466083645820618 n1_l3_affine_eq_54 0.18008647859096527
    n1_l1_affine_20 n1_l3_affine_eq_55 -0.1319189965724945 n1_l3_affine_eq_56 -0.07952948659658432
    n1_l1_affine_20 n1_l3_affine_eq_57 -0.22028107941150665 n1_l3_affine_eq_58 -0.13103128969669342
    n1_l1_affine_20 n1_l3_affine_eq_59 0.21646220982074738 n1_l3_affine_eq_60 0.21103429794311523
    n1_l1_affine_20 n1_l3_affine_eq_61 0.18349681794643402 n1_l3_affine_eq_62 -0.12932348251342773
    n1_l1_affine_20 n1_l3_affine_eq_63 -0.1681472659111023 n1_l3_affine_eq_64 0.24517886340618134
    n1_l1_affine_20 n1_l3_affine_eq_65 -0.10618067532777786 n1_l3_affine_eq_66 0.11561613529920578
    n1_l1_affine_20 n1_l3_affine_eq_67 -0.04752228036522865 n1_l3_affine_eq_68 0.1506965607404709
    n1_l1_affine_20 n1_l3_affine_eq_69 0.07283446192741394 n1_l3_affine_eq_70 -0.07152480632066727
    n1_l1_affine_20 n1_l3_affine_eq_71 -0.08994950354099274 n1_l3_affine_eq_72 -0.028426526114344597
    n1_l1_affine_20 n1_l3_affine_eq_73 0.18571589887142181 n1_l3_affine_eq_74 -0.10230458527803421
    n1_l1_affine_20 n1_l3_affine_eq_75 -0.049881380051374435 n1_l3_affine_eq_76 -0.07653892040252686
    n1_l1_affine_20 n1_l3_affine_eq_77 -0.1259850561618805 n1_l3_affine_eq_78 -0.052731260657310486
    n1_l1_affine_20 n1_l3_affine_eq_79 0.3073280453681946
    n1_l1_affine_21 n1_l1_affine_eq_21 1
    n1_l1_affine_22 n1_l1_affine_eq_22 1 n1_l3_affine_eq_0 -0.1530902087688446
    n1_l1_affine_22 n1_l3_affine_eq_1 -0.2328578531742096 n1_l3_affine_eq_2 -0.020007016137242317
    n1_l1_affine_22 n1_l3_affine_eq_3 0.24249045550823212 n1_l3_affine_eq_4 -0.012390702031552792
    n1_l1_affine_22 n1_l3_affine_eq_5 0.04326728731393814 n1_l3_affine_eq_6 -0.12049480527639389
    n1_l1_affine_22 n1_l3_affine_eq_7 0.20695002377033234 n1_l3_affine_eq_8 -0.17511406540870667
    n1_l1_affine_22 n1_l3_affine_eq_9 0.12062512338161469 n1_l3_affine_eq_10 0.16644492745399475
    n1_l1_affine_22 n1_l3_affine_eq_11 0.22732412815093994 n1_l3_affine_eq_12 0.006272715050727129
    n1_l1_affine_22 n1_l3_affine_eq_13 0.2620375454425812 n1_l3_affine_eq_14 0.13013578951358795
    n1_l1_affine_22 n1_l3_affine_eq_15 0.09345529973506927 n1_l3_affine_eq_16 0.2416122555732727
    n1_l1_affine_22 n1_l3_affine_eq_17 -0.11209838837385178 n1_l3_affine_eq_18 0.4413384199142456
    n1_l1_affine_22 n1_l3_affine_eq_19 -0.0591304711997509 n1_l3_affine_eq_20 0.00929113756865263
    n1_l1_affine_22 n1_l3_affine_eq_21 -0.26881325244903564 n1_l3_affine_eq_22 0.5222482085227966
    n1_l1_affine_22 n1_l3_affine_eq_23 -0.12370292097330093 n1_l3_affine_eq_24 -0.2629246711730957
    n1_l1_affine_22 n1_l3_affine_eq_25 0.19213977456092834 n1_l3_affine_eq_26 0.20156915485858917
    n1_l1_affine_22 n1_l3_affine_eq_27 -0.06897036731243134 n1_l3_affine_eq_28 -0.20239126682281494
    n1_l1_affine_22 n1_l3_affine_eq_29 -0.18305237591266632 n1_l3_affine_eq_30 0.3851362466812134
    n1_l1_affine_22 n1_l3_affine_eq_31 0.11287932842969894 n1_l3_affine_eq_32 0.1326245218515396
    n1_l1_affine_22 n1_l3_affine_eq_33 0.07348005473613739 n1_l3_affine_eq_34 -0.085563063621521
    n1_l1_affine_22 n1_l3_affine_eq_35 0.09697996079921722 n1_l3_affine_eq_36 0.10095731914043427
    n1_l1_affine_22 n1_l3_affine_eq_37 -0.2113112211227417 n1_l3_affine_eq_38 -0.04128600284457207
    n1_l1_affine_22 n1_l3_affine_eq_39 -0.06558313220739365 n1_l3_affine_eq_40 -0.07254696637392044
    n1_l1_affine_22 n1_l3_affine_eq_41 0.12004140764474869 n1_l3_affine_eq_42 -0.16328363120555878
    n1_l1_affine_22 n1_l3_affine_eq_43 -0.13008104264736176 n1_l3_affine_eq_44 -0.024996299296617508
    n1_l1_affine_22 n1_l3_affine_eq_45 0.255049467086792 n1_l3_affine_eq_46 0.028050629422068596
    n1_l1_affine_22 n1_l3_affine_eq_47 0.14933720231056213 n1_l3_affine_eq_48 -0.11356354504823685
    n1_l1_affine_22 n1_l3_affine_eq_49 -0.08354151993989944 n1_l3_affine_eq_50 0.10679022967815399
    n1_l1_affine_22 n1_l3_affine_eq_51 0.04004696384072304 n1_l3_affine_eq_52 -0.025124570354819298
    n1_l1_affine_22 n1_l3_affine_eq_53 0.12427982687950134 n1_l3_affine_eq_54 0.0911535993218422
    n1_l1_affine_22 n1_l3_affine_eq_55 0.09415161609649658 n1_l3_affine_eq_56 0.23305383324623108
    n1_l1_affine_22 n1_l3_affine_eq_57 0.10110775381326675 n1_l3_affine_eq_58 -0.12871304154396057
    n1_l1_affine_22 n1_l3_affine_eq_59 0.2865848243236542 n1_l3_affine_eq_60 0.1989583969116211
    n1_l1_affine_22 n1_l3_affine_eq_61 0.014180989004671574 n1_l3_affine_eq_62 0.05876101925969124
    n1_l1_affine_22 n1_l3_affine_eq_63 -0.20649750530719757 n1_l3_affine_eq_64 -0.004415025468915701
    n1_l1_affine_22 n1_l3_affine_eq_65 -0.14531274139881134 n1_l3_affine_eq_66 0.26821067929267883
    n1_l1_affine_22 n1_l3_affine_eq_67 0.004801417235285044 n1_l3_affine_eq_68 0.015519634820520878
    n1_l1_affine_22 n1_l3_affine_eq_69 0.21148249506950378 n1_l3_affine_eq_70 0.01993691734969616
    n1_l1_affine_22 n1_l3_affine_eq_71 -0.022603025659918785 n1_l3_affine_eq_72 -0.035283975303173065
    n1_l1_affine_22 n1_l3_affine_eq_73 0.08109849691390991 n1_l3_affine_eq_74 -0.00432152533903718
    n1_l1_affine_22 n1_l3_affine_eq_75 -0.000019263738067820668 n1_l3_affine_eq_76 -0.14318153262138367
    n1_l1_affine_22 n1_l3_affine_eq_77 0.08243242651224136 n1_l3_affine_eq_78 0.23171141743659973
    n1_l1_affine_22 n1_l3_affine_eq_79 -0.21360401809215546
    n1_l1_affine_23 n1_l1_affine_eq_23 1 n1_l3_affine_eq_0 0.21151208877563477
    n1_l1_affine_23 n1_l3_affine_eq_1 -0.15043506026268005 n1_l3_affine_eq_2 -0.0473710261285305
    n1_l1_affine_23 n1_l3_affine_eq_3 0.1992134153842926 n1_l3_affine_eq_4 0.22276680171489716
    n1_l1_affine_23 n1_l3_affine_eq_5 0.11730117350816727 n1_l3_affine_eq_6 -0.16103914380073547
    n1_l1_affine_23 n1_l3_affine_eq_7 -0.027330711483955383 n1_l3_affine_eq_8 0.2048507183790207
    n1_l1_affine_23 n1_l3_affine_eq_9 -0.2628268599510193 n1_l3_affine_eq_10 -0.4096679091453552
    n1_l1_affine_23 n1_l3_affine_eq_11 0.23729932308197021 n1_l3_affine_eq_12 -0.47831669449806213
    n1_l1_affine_23 n1_l3_affine_eq_13 0.159140944480896 n1_l3_affine_eq_14 -0.25676286220550537
    n1_l1_affine_23 n1_l3_affine_eq_15 0.010252313688397408 n1_l3_affine_eq_16 -0.12330817431211472
    n1_l1_affine_23 n1_l3_affine_eq_17 -0.20138563215732574 n1_l3_affine_eq_18 0.2915991544723511
    n1_l1_affine_23 n1_l3_affine_eq_19 -0.21426808834075928 n1_l3_affine_eq_20 -0.15576869249343872
    n1_l1_affine_23 n1_l3_affine_eq_21 0.26861611008644104 n1_l3_affine_eq_22 0.18809673190116882
    n1_l1_affine_23 n1_l3_affine_eq_23 -0.15160538256168365 n1_l3_affine_eq_24 -0.4289701581001282
    n1_l1_affine_23 n1_l3_affine_eq_25 0.1352803260087967 n1_l3_affine_eq_26 -0.04137794300913811
    n1_l1_affine_23 n1_l3_affine_eq_27 0.2914881110191345 n1_l3_affine_eq_28 -0.16619925200939178
    n1_l1_affine_23 n1_l3_affine_eq_29 0.17295031249523163 n1_l3_affine_eq_30 0.42284542322158813
    n1_l1_affine_23 n1_l3_affine_eq_31 0.5501902103424072 n1_l3_affine_eq_32 0.07113993167877197
    n1_l1_affine_23 n1_l3_affine_eq_33 0.6367786526679993 n1_l3_affine_eq_34 0.5109667778015137
    n1_l1_affine_23 n1_l3_affine_eq_35 -0.18623170256614685 n1_l3_affine_eq_36 0.6714491844177246
    n1_l1_affine_23 n1_l3_affine_eq_37 -0.1537962555885315 n1_l3_affine_eq_38 -0.41827720403671265
    n1_l1_affine_23 n1_l3_affine_eq_39 0.17095831036567688 n1_l3_affine_eq_40 -0.04145984724164009
    n1_l1_affine_23 n1_l3_affine_eq_41 0.154153510928154 n1_l3_affine_eq_42 -0.2641501724720001
    n1_l1_affine_23 n1_l3_affine_eq_43 0.24200111627578735 n1_l3_affine_eq_44 -0.04282732307910919
    n1_l1_affine_23 n1_l3_affine_eq_45 0.055227767676115036 n1_l3_affine_eq_46 0.11103608459234238
    n1_l1_affine_23 n1_l3_affine_eq_47 -0.09307339787483215 n1_l3_affine_eq_48 0.008162246085703373
    n1_l1_affine_23 n1_l3_affine_eq_49 -0.1012713611125946 n1_l3_affine_eq_50 0.13607153296470642
    n1_l1_affine_23 n1_l3_affine_eq_51 -0.27817532420158386 n1_l3_affine_eq_52 0.1036321371793747
    n1_l1_affine_23 n1_l3_affine_eq_53 -0.12309828400611877 n1_l3_affine_eq_54 0.07488862425088882
    n1_l1_affine_23 n1_l3_affine_eq_55 0.04868952929973602 n1_l3_affine_eq_56 0.01416381448507309
    n1_l1_affine_23 n1_l3_affine_eq_57 0.4947202205657959 n1_l3_affine_eq_58 0.13198891282081604
    n1_l1_affine_23 n1_l3_affine_eq_59 -0.012983548454940319 n1_l3_affine_eq_60 0.10180090367794037
    n1_l1_affine_23 n1_l3_affine_eq_61 0.017876118421554565 n1_l3_affine_eq_62 0.24988342821598053
    n1_l1_affine_23 n1_l3_affine_eq_63 0.032949045300483704 n1_l3_affine_eq_64 -0.17757314443588257
    n1_l1_affine_23 n1_l3_affine_eq_65 0.39154818654060364 n1_l3_affine_eq_66 0.10658571124076843
    n1_l1_affine_23 n1_l3_affine_eq_67 -0.10050096362829208 n1_l3_affine_eq_68 0.3547652065753937
    n1_l1_affine_23 n1_l3_affine_eq_69 -0.05268869549036026 n1_l3_affine_eq_70 0.05143135040998459
    n1_l1_affine_23 n1_l3_affine_eq_71 0.19825147092342377 n1_l3_affine_eq_72 0.6077149510383606
    n1_l1_affine_23 n1_l3_affine_eq_73 -0.009483947418630123 n1_l3_affine_eq_74 -0.4408949911594391
    n1_l1_affine_23 n1_l3_affine_eq_75 0.01852607913315296 n1_l3_affine_eq_76 -0.24443843960762024
    n1_l1_affine_23 n1_l3_affine_eq_77 -0.1344909369945526 n1_l3_affine_eq_78 0.1500573605298996
    n1_l1_affine_23 n1_l3_affine_eq_79 -0.22208167612552643
    n1_l1_affine_24 n1_l1_affine_eq_24 1 n1_l2_relu_ge_24 -1
    n1_l1_affine_24 n1_l2_relu_off_24 -1
    n1_l1_affine_25 n1_l1_affine_eq_25 1
    n1_l1_affine_26 n1_l1_affine_eq_26 1 n1_l3_affine_eq_0 -0.2248784303665161
    n1_l1_affine_26 n1_l3_affine_eq_1 0.4072161316871643 n1_l3_affine_eq_2 0.106354720890522
    n1_l1_affine_26 n1_l3_affine_eq_3 -0.21554403007030487 n1_l3_affine_eq_4 0.1453418880701065
    n1_l1_affine_26 n1_l3_affine_eq_5 -0.3436300754547119 n1_l3_affine_eq_6 -0.08239443600177765
    n1_l1_affine_26 n1_l3_affine_eq_7 0.0615762323141098 n1_l3_affine_eq_8 -0.3100040555000305
    n1_l1_affine_26 n1_l3_affine_eq_9 -0.17201733589172363 n1_l3_affine_eq_10 0.12366349250078201
    n1_l1_affine_26 n1_l3_affine_eq_11 -0.0913829356431961 n1_l3_affine_eq_12 0.08210297673940659
    n1_l1_affine_26 n1_l3_affine_eq_13 -0.12451093643903732 n1_l3_affine_eq_14 -0.07747583091259003
    n1_l1_affine_26 n1_l3_affine_eq_15 -0.22034373879432678 n1_l3_affine_eq_16 0.4008597731590271
    n1_l1_affine_26 n1_l3_affine_eq_17 0.2043762505054474 n1_l3_affine_eq_18 -0.17919999361038208
    n1_l1_affine_26 n1_l3_affine_eq_19 -0.1488661766052246 n1_l3_affine_eq_20 -0.18384382128715515
    n1_l1_affine_26 n1_l3_affine_eq_21 0.1977391093969345 n1_l3_affine_eq_22 -0.2301807999610901
    n1_l1_affine_26 n1_l3_affine_eq_23 -0.139638751745224 n1_l3_affine_eq_24 0.3471275568008423
    n1_l1_affine_26 n1_l3_affine_eq_25 -0.14560578763484955 n1_l3_affine_eq_26 -0.043893229216337204
    n1_l1_affine_26 n1_l3_affine_eq_27 0.3966526985168457 n1_l3_affine_eq_28 -0.18057185411453247
    n1_l1_affine_26 n1_l3_affine_eq_29 0.12830184400081635 n1_l3_affine_eq_30 -0.04754874110221863
    n1_l1_affine_26 n1_l3_affine_eq_31 -0.31029489636421204 n1_l3_affine_eq_32 0.03488040715456009
    n1_l1_affine_26 n1_l3_affine_eq_33 -0.24545475840568542 n1_l3_affine_eq_34 -0.12445244193077087
    n1_l1_affine_26 n1_l3_affine_eq_35 0.12948408722877502 n1_l3_affine_eq_36 -0.2859676480293274
    n1_l1_affine_26 n1_l3_affine_eq_37 0.06901383399963379 n1_l3_affine_eq_38 -0.02633918635547161
    n1_l1_affine_26 n1_l3_affine_eq_39 -0.2456667274236679 n1_l3_affine_eq_40 0.1657094657421112
    n1_l1_affine_26 n1_l3_affine_eq_41 0.028986390680074692 n1_l3_affine_eq_42 -0.2300180047750473
    n1_l1_affine_26 n1_l3_affine_eq_43 -0.1541026383638382 n1_l3_affine_eq_44 -0.026530558243393898
    n1_l1_affine_26 n1_l3_affine_eq_45 0.024270929396152496 n1_l3_affine_eq_46 0.11618722975254059
    n1_l1_affine_26 n1_l3_affine_eq_47 0.06417255103588104 n1_l3_affine_eq_48 -0.08278244733810425
    n1_l1_affine_26 n1_l3_affine_eq_49 0.0373331680893898 n1_l3_affine_eq_50 0.22196990251541138
    n1_l1_affine_26 n1_l3_affine_eq_51 0.38246843218803406 n1_l3_affine_eq_52 0.349896103143692
    n1_l1_affine_26 n1_l3_affine_eq_53 0.037464696913957596 n1_l3_affine_eq_54 0.11626721173524857
    n1_l1_affine_26 n1_l3_affine_eq_55 -0.1007537841796875 n1_l3_affine_eq_56 -0.036910995841026306
    n1_l1_affine_26 n1_l3_affine_eq_57 -0.052385490387678146 n1_l3_affine_eq_58 -0.17760524153709412
    n1_l1_affine_26 n1_l3_affine_eq_59 0.13453245162963867 n1_l3_affine_eq_60 0.2544213533401489
    n1_l1_affine_26 n1_l3_affine_eq_61 -0.23089201748371124 n1_l3_affine_eq_62 0.28576263785362244
    n1_l1_affine_26 n1_l3_affine_eq_63 -0.15832215547561646 n1_l3_affine_eq_64 0.1660834699869156
    n1_l1_affine_26 n1_l3_affine_eq_65 -0.04697314649820328 n1_l3_affine_eq_66 0.25298118591308594
    n1_l1_affine_26 n1_l3_affine_eq_67 0.013640093617141247 n1_l3_affine_eq_68 0.2916649281978607
    n1_l1_affine_26 n1_l3_affine_eq_69 -0.03787503018975258 n1_l3_affine_eq_70 0.26059573888778687
    n1_l1_affine_26 n1_l3_affine_eq_71 -0.1867283135652542 n1_l3_affine_eq_72 -0.24049746990203857
    n1_l1_affine_26 n1_l3_affine_eq_73 0.21707984805107117 n1_l3_affine_eq_74 -0.016834400594234467
    n1_l1_affine_26 n1_l3_affine_eq_75 0.09268010407686234 n1_l3_affine_eq_76 -0.053725216537714005
    n1_l1_affine_26 n1_l3_affine_eq_77 0.23193806409835815 n1_l3_affine_eq_78 -0.0044874283485114574
    n1_l1_affine_26 n1_l3_affine_eq_79 0.42755061388015747
    n1_l1_affine_27 n1_l1_affine_eq_27 1
    n1_l1_affine_28 n1_l1_affine_eq_28 1 n1_l3_affine_eq_0 -0.0531984344124794
    n1_l1_affine_28 n1_l3_affine_eq_1 0.21733985841274261 n1_l3_affine_eq_2 0.01658567227423191
    n1_l1_affine_28 n1_l3_affine_eq_3 -0.09476866573095322 n1_l3_affine_eq_4 0.28524401783943176
    n1_l1_affine_28 n1_l3_affine_eq_5 0.25152388215065 n1_l3_affine_eq_6 0.047084640711545944
    n1_l1_affine_28 n1_l3_affine_eq_7 0.14486688375473022 n1_l3_affine_eq_8 -0.16630882024765015
    n1_l1_affine_28 n1_l3_affine_eq_9 -0.060926441103219986 n1_l3_affine_eq_10 -0.03619729354977608
    n1_l1_affine_28 n1_l3_affine_eq_11 0.03221415728330612 n1_l3_affine_eq_12 0.08128229528665543
    n1_l1_affine_28 n1_l3_affine_eq_13 -0.13977041840553284 n1_l3_affine_eq_14 -0.2041953206062317
    n1_l1_affine_28 n1_l3_affine_eq_15 -0.1813349574804306 n1_l3_affine_eq_16 -0.24917930364608765
    n1_l1_affine_28 n1_l3_affine_eq_17 -0.036216311156749725 n1_l3_affine_eq_18 0.3128625452518463
    n1_l1_affine_28 n1_l3_affine_eq_19 0.011667425744235516 n1_l3_affine_eq_20 -0.24589572846889496
    n1_l1_affine_28 n1_l3_affine_eq_21 0.3731977641582489 n1_l3_affine_eq_22 -0.13311979174613953
    n1_l1_affine_28 n1_l3_affine_eq_23 -0.0257198978215456 n1_l3_affine_eq_24 0.11694769561290741
    n1_l1_affine_28 n1_l3_affine_eq_25 0.3182818293571472 n1_l3_affine_eq_26 0.03420878201723099
    n1_l1_affine_28 n1_l3_affine_eq_27 -0.10226927697658539 n1_l3_affine_eq_28 -0.14520293474197388
    n1_l1_affine_28 n1_l3_affine_eq_29 0.3223377764225006 n1_l3_affine_eq_30 0.2468513548374176
    n1_l1_affine_28 n1_l3_affine_eq_31 0.20870059728622437 n1_l3_affine_eq_32 -0.08945132046937943
    n1_l1_affine_28 n1_l3_affine_eq_33 0.051699940115213394 n1_l3_affine_eq_34 0.009863525629043579
    n1_l1_affine_28 n1_l3_affine_eq_35 -0.30065903067588806 n1_l3_affine_eq_36 -0.09978270530700684
    n1_l1_affine_28 n1_l3_affine_eq_37 0.012197434902191162 n1_l3_affine_eq_38 0.029890811070799828
    n1_l1_affine_28 n1_l3_affine_eq_39 0.11995062232017517 n1_l3_affine_eq_40 -0.040169890969991684
    n1_l1_affine_28 n1_l3_affine_eq_41 -0.08701397478580475 n1_l3_affine_eq_42 0.19348099827766418
    n1_l1_affine_28 n1_l3_affine_eq_43 0.0869460478425026 n1_l3_affine_eq_44 -0.11151786148548126
    n1_l1_affine_28 n1_l3_affine_eq_45 0.012917621061205864 n1_l3_affine_eq_46 -0.054625023156404495
    n1_l1_affine_28 n1_l3_affine_eq_47 -0.018290584906935692 n1_l3_affine_eq_48 0.2116232067346573
    n1_l1_affine_28 n1_l3_affine_eq_49 0.15922780334949493 n1_l3_affine_eq_50 -0.09121040254831314
    n1_l1_affine_28 n1_l3_affine_eq_51 0.031194137409329414 n1_l3_affine_eq_52 0.39072081446647644
    n1_l1_affine_28 n1_l3_affine_eq_53 0.03865771368145943 n1_l3_affine_eq_54 0.13255688548088074
    n1_l1_affine_28 n1_l3_affine_eq_55 -0.22575655579566956 n1_l3_affine_eq_56 -0.007197199854999781
    n1_l1_affine_28 n1_l3_affine_eq_57 0.20840366184711456 n1_l3_affine_eq_58 0.29056569933891296
    n1_l1_affine_28 n1_l3_affine_eq_59 -0.008999093435704708 n1_l3_affine_eq_60 0.10063008964061737
    n1_l1_affine_28 n1_l3_affine_eq_61 0.09566306322813034 n1_l3_affine_eq_62 -0.20186422765254974
    n1_l1_affine_28 n1_l3_affine_eq_63 0.47068193554878235 n1_l3_affine_eq_64 0.04546930268406868
    n1_l1_affine_28 n1_l3_affine_eq_65 0.24668842554092407 n1_l3_affine_eq_66 -0.10989435017108917
    n1_l1_affine_28 n1_l3_affine_eq_67 0.046632930636405945 n1_l3_affine_eq_68 -0.07416456192731857
    n1_l1_affine_28 n1_l3_affine_eq_69 0.1638563573360443 n1_l3_affine_eq_70 -0.09047164022922516
    n1_l1_affine_28 n1_l3_affine_eq_71 -0.017810842022299767 n1_l3_affine_eq_72 -0.045848097652196884
    n1_l1_affine_28 n1_l3_affine_eq_73 0.13580238819122314 n1_l3_affine_eq_74 0.03501375392079353
    n1_l1_affine_28 n1_l3_affine_eq_75 0.0479411706328392 n1_l3_affine_eq_76 -0.1587119847536087
    n1_l1_affine_28 n1_l3_affine_eq_77 -0.14052854478359222 n1_l3_affine_eq_78 -0.10858166217803955
    n1_l1_affine_28 n1_l3_affine_eq_79 -0.10939328372478485
    n1_l1_affine_29 n1_l1_affine_eq_29 1 n1_l3_affine_eq_0 0.19613277912139893
    n1_l1_affine_29 n1_l3_affine_eq_1 0.4947923421859741 n1_l3_affine_eq_2 -0.056527480483055115
    n1_l1_affine_29 n1_l3_affine_eq_3 -0.12400715798139572 n1_l3_affine_eq_4 0.11441373825073242
    n1_l1_affine_29 n1_l3_affine_eq_5 -0.19902575016021729 n1_l3_affine_eq_6 -0.02820705436170101
    n1_l1_affine_29 n1_l3_affine_eq_7 0.08818293362855911 n1_l3_affine_eq_8 0.0316893644630909
    n1_l1_affine_29 n1_l3_affine_eq_9 -0.18572165071964264 n1_l3_affine_eq_10 -0.11739299446344376
    n1_l1_affine_29 n1_l3_affine_eq_11 -0.03161172941327095 n1_l3_affine_eq_12 0.2064569890499115
    n1_l1_affine_29 n1_l3_affine_eq_13 -0.3250543177127838 n1_l3_affine_eq_14 -0.0996553972363472
    n1_l1_affine_29 n1_l3_affine_eq_15 -0.19356903433799744 n1_l3_affine_eq_16 0.14082865417003632
    n1_l1_affine_29 n1_l3_affine_eq_17 0.6437295079231262 n1_l3_affine_eq_18 -0.3732956647872925
    n1_l1_affine_29 n1_l3_affine_eq_19 0.058104563504457474 n1_l3_affine_eq_20 -0.036235105246305466
    n1_l1_affine_29 n1_l3_affine_eq_21 0.2295343577861786 n1_l3_affine_eq_22 -0.0559721365571022
    n1_l1_affine_29 n1_l3_affine_eq_23 -0.013970778323709965 n1_l3_affine_eq_24 0.0015035123797133565
    n1_l1_affine_29 n1_l3_affine_eq_25 -0.23584727942943573 n1_l3_affine_eq_26 0.20535540580749512
    n1_l1_affine_29 n1_l3_affine_eq_27 0.2814178764820099 n1_l3_affine_eq_28 0.15080656111240387
    n1_l1_affine_29 n1_l3_affine_eq_29 0.1497323364019394 n1_l3_affine_eq_30 -0.04168150946497917
    n1_l1_affine_29 n1_l3_affine_eq_31 -0.14274775981903076 n1_l3_affine_eq_32 0.1430182158946991
    n1_l1_affine_29 n1_l3_affine_eq_33 -0.17267292737960815 n1_l3_affine_eq_34 -0.2056194394826889
    n1_l1_affine_29 n1_l3_affine_eq_35 -0.30902719497680664 n1_l3_affine_eq_36 0.05856909975409508
    n1_l1_affine_29 n1_l3_affine_eq_37 0.04660298675298691 n1_l3_affine_eq_38 0.28105974197387695
    n1_l1_affine_29 n1_l3_affine_eq_39 0.15392906963825226 n1_l3_affine_eq_40 -0.09303680062294006
    n1_l1_affine_29 n1_l3_affine_eq_41 -0.3314507305622101 n1_l3_affine_eq_42 -0.31039562821388245
    n1_l1_affine_29 n1_l3_affine_eq_43 -0.12783873081207275 n1_l3_affine_eq_44 -0.05431029200553894
    n1_l1_affine_29 n1_l3_affine_eq_45 -0.03355059772729874 n1_l3_affine_eq_46 0.27619117498397827
    n1_l1_affine_29 n1_l3_affine_eq_47 0.08864951878786087 n1_l3_affine_eq_48 0.10626685619354248
    n1_l1_affine_29 n1_l3_affine_eq_49 -0.1300313025712967 n1_l3_affine_eq_50 0.022352539002895355
    n1_l1_affine_29 n1_l3_affine_eq_51 0.2010120451450348 n1_l3_affine_eq_52 -0.013328788802027702
    n1_l1_affine_29 n1_l3_affine_eq_53 0.1357719749212265 n1_l3_affine_eq_54 -0.1537998914718628
    n1_l1_affine_29 n1_l3_affine_eq_55 -0.1940162032842636 n1_l3_affine_eq_56 -0.16348478198051453
    n1_l1_affine_29 n1_l3_affine_eq_57 -0.015560121275484562 n1_l3_affine_eq_58 -0.014967229217290878
    n1_l1_affine_29 n1_l3_affine_eq_59 0.10108253359794617 n1_l3_affine_eq_60 -0.2511293292045593
    n1_l1_affine_29 n1_l3_affine_eq_61 0.01825915463268757 n1_l3_affine_eq_62 -0.2228158414363861
    n1_l1_affine_29 n1_l3_affine_eq_63 -0.03214468061923981 n1_l3_affine_eq_64 0.06473652273416519
    n1_l1_affine_29 n1_l3_affine_eq_65 -0.17512233555316925 n1_l3_affine_eq_66 0.2780414819717407
    n1_l1_affine_29 n1_l3_affine_eq_67 -0.21569250524044037 n1_l3_affine_eq_68 0.11063937097787857
    n1_l1_affine_29 n1_l3_affine_eq_69 0.03615885227918625 n1_l3_affine_eq_70 0.11823523044586182
    n1_l1_affine_29 n1_l3_affine_eq_71 -0.09648004919290543 n1_l3_affine_eq_72 -0.2733583450317383
    n1_l1_affine_29 n1_l3_affine_eq_73 0.14356422424316406 n1_l3_affine_eq_74 0.14007924497127533
    n1_l1_affine_29 n1_l3_affine_eq_75 0.0066704293712973595 n1_l3_affine_eq_76 -0.10275069624185562
    n1_l1_affine_29 n1_l3_affine_eq_77 -0.19062349200248718 n1_l3_affine_eq_78 -0.11802785098552704
    n1_l1_affine_29 n1_l3_affine_eq_79 0.12447488307952881
    n1_l1_affine_30 n1_l1_affine_eq_30 1
    n1_l1_affine_31 n1_l1_affine_eq_31 1 n1_l3_affine_eq_0 -0.09378954023122787
    n1_l1_affine_31 n1_l3_affine_eq_1 -0.0031456160359084606 n1_l3_affine_eq_2 -0.04724057391285896
    n1_l1_affine_31 n1_l3_affine_eq_3 0.09691225737333298 n1_l3_affine_eq_4 -0.3264191150665283
    n1_l1_affine_31 n1_l3_affine_eq_5 0.04480509087443352 n1_l3_affine_eq_6 0.14320716261863708
    n1_l1_affine_31 n1_l3_affine_eq_7 0.04120120406150818 n1_l3_affine_eq_8 0.15820802748203278
    n1_l1_affine_31 n1_l3_affine_eq_9 -0.1722153127193451 n1_l3_affine_eq_10 -0.14415307343006134
    n1_l1_affine_31 n1_l3_affine_eq_11 0.030200868844985962 n1_l3_affine_eq_12 0.12499982863664627
    n1_l1_affine_31 n1_l3_affine_eq_13 0.12690159678459167 n1_l3_affine_eq_14 0.046825435012578964
    n1_l1_affine_31 n1_l3_affine_eq_15 0.22405225038528442 n1_l3_affine_eq_16 0.09467243403196335
    n1_l1_affine_31 n1_l3_affine_eq_17 -0.015077347867190838 n1_l3_affine_eq_18 -0.14204572141170502
    n1_l1_affine_31 n1_l3_affine_eq_19 0.19309182465076447 n1_l3_affine_eq_20 0.2136964052915573
    n1_l1_affine_31 n1_l3_affine_eq_21 0.0813208594918251 n1_l3_affine_eq_22 -0.24138402938842773
    n1_l1_affine_31 n1_l3_affine_eq_23 0.008707222528755665 n1_l3_affine_eq_24 0.020790597423911095
    n1_l1_affine_31 n1_l3_affine_eq_25 0.022664319723844528 n1_l3_affine_eq_26 -0.10510489344596863
    n1_l1_affine_31 n1_l3_affine_eq_27 -0.1864529699087143 n1_l3_affine_eq_28 0.07569082826375961
    n1_l1_affine_31 n1_l3_affine_eq_29 -0.257021963596344 n1_l3_affine_eq_30 0.17486387491226196
    n1_l1_affine_31 n1_l3_affine_eq_31 -0.0997440367937088 n1_l3_affine_eq_32 0.1253880262374878
    n1_l1_affine_31 n1_l3_affine_eq_33 0.08037018030881882 n1_l3_affine_eq_34 -0.24401405453681946
    n1_l1_affine_31 n1_l3_affine_eq_35 -0.11651988327503204 n1_l3_affine_eq_36 -0.20440007746219635
    n1_l1_affine_31 n1_l3_affine_eq_37 -0.06649453192949295 n1_l3_affine_eq_38 0.05318665876984596
    n1_l1_affine_31 n1_l3_affine_eq_39 0.33240604400634766 n1_l3_affine_eq_40 -0.016551125794649124
    n1_l1_affine_31 n1_l3_affine_eq_41 -0.3844771385192871 n1_l3_affine_eq_42 -0.27308839559555054
    n1_l1_affine_31 n1_l3_affine_eq_43 -0.08120346814393997 n1_l3_affine_eq_44 0.3106824457645416
    n1_l1_affine_31 n1_l3_affine_eq_45 -0.16739675402641296 n1_l3_affine_eq_46 0.10042023658752441
    n1_l1_affine_31 n1_l3_affine_eq_47 0.12815533578395844 n1_l3_affine_eq_48 0.33055323362350464
    n1_l1_affine_31 n1_l3_affine_eq_49 -0.01645859144628048 n1_l3_affine_eq_50 -0.17511287331581116
    n1_l1_affine_31 n1_l3_affine_eq_51 -0.4038423001766205 n1_l3_affine_eq_52 -0.21271003782749176
    n1_l1_affine_31 n1_l3_affine_eq_53 -0.01843121089041233 n1_l3_affine_eq_54 -0.015108990482985973
    n1_l1_affine_31 n1_l3_affine_eq_55 0.10622092336416245 n1_l3_affine_eq_56 -0.08040110021829605
    n1_l1_affine_31 n1_l3_affine_eq_57 0.2703828513622284 n1_l3_affine_eq_58 0.06656824052333832
    n1_l1_affine_31 n1_l3_affine_eq_59 -0.17276130616664886 n1_l3_affine_eq_60 -0.1281994730234146
    n1_l1_affine_31 n1_l3_affine_eq_61 0.05267809331417084 n1_l3_affine_eq_62 -0.048397038131952286
    n1_l1_affine_31 n1_l3_affine_eq_63 0.23462186753749847 n1_l3_affine_eq_64 0.35083428025245667
    n1_l1_affine_31 n1_l3_affine_eq_65 0.15776105225086212 n1_l3_affine_eq_66 0.039183761924505234
    n1_l1_affine_31 n1_l3_affine_eq_67 -0.028917064890265465 n1_l3_affine_eq_68 -0.1867399662733078
    n1_l1_affine_31 n1_l3_affine_eq_69 -0.11358290910720825 n1_l3_affine_eq_70 0.0463126078248024
    n1_l1_affine_31 n1_l3_affine_eq_71 -0.20323310792446136 n1_l3_affine_eq_72 0.22583946585655212
    n1_l1_affine_31 n1_l3_affine_eq_73 0.20543824136257172 n1_l3_affine_eq_74 -0.014218316413462162
    n1_l1_affine_31 n1_l3_affine_eq_75 0.12383267283439636 n1_l3_affine_eq_76 -0.10544894635677338
    n1_l1_affine_31 n1_l3_affine_eq_77 -0.051455359905958176 n1_l3_affine_eq_78 0.18423354625701904
    n1_l1_affine_31 n1_l3_affine_eq_79 -0.2894175052642822
    n1_l1_affine_32 n1_l1_affine_eq_32 1
    n1_l1_affine_33 n1_l1_affine_eq_33 1 n1_l3_affine_eq_0 -0.19321641325950623
    n1_l1_affine_33 n1_l3_affine_eq_1 0.08692682534456253 n1_l3_affine_eq_2 0.10553088784217834
    n1_l1_affine_33 n1_l3_affine_eq_3 -0.045448049902915955 n1_l3_affine_eq_4 -0.09883546084165573
    n1_l1_affine_33 n1_l3_affine_eq_5 0.042422790080308914 n1_l3_affine_eq_6 0.46387332677841187
    n1_l1_affine_33 n1_l3_affine_eq_7 0.054596368223428726 n1_l3_affine_eq_8 0.10624628514051437
    n1_l1_affine_33 n1_l3_affine_eq_9 -0.2032650113105774 n1_l3_affine_eq_10 -0.024483704939484596
    n1_l1_affine_33 n1_l3_affine_eq_11 -0.05395875126123428 n1_l3_affine_eq_12 0.2658204138278961
    n1_l1_affine_33 n1_l3_affine_eq_13 -0.0217179823666811 n1_l3_affine_eq_14 0.19883659482002258
    n1_l1_affine_33 n1_l3_affine_eq_15 0.19240517914295197 n1_l3_affine_eq_16 0.14445221424102783
    n1_l1_affine_33 n1_l3_affine_eq_17 -0.014266494661569595 n1_l3_affine_eq_18 -0.04601037874817848
    n1_l1_affine_33 n1_l3_affine_eq_19 0.30429232120513916 n1_l3_affine_eq_20 0.19644905626773834
    n1_l1_affine_33 n1_l3_affine_eq_21 0.05674295499920845 n1_l3_affine_eq_22 -0.0915270671248436
    n1_l1_affine_33 n1_l3_affine_eq_23 -0.22705569863319397 n1_l3_affine_eq_24 0.09192074835300446
    n1_l1_affine_33 n1_l3_affine_eq_25 0.026948625221848488 n1_l3_affine_eq_26 0.17944803833961487
    n1_l1_affine_33 n1_l3_affine_eq_27 -0.15437018871307373 n1_l3_affine_eq_28 0.08974774926900864
    n1_l1_affine_33 n1_l3_affine_eq_29 0.1304401457309723 n1_l3_affine_eq_30 -0.08229666203260422
    n1_l1_affine_33 n1_l3_affine_eq_31 0.0829031765460968 n1_l3_affine_eq_32 0.05473102256655693
    n1_l1_affine_33 n1_l3_affine_eq_33 0.09409402310848236 n1_l3_affine_eq_34 -0.015502450987696648
    n1_l1_affine_33 n1_l3_affine_eq_35 0.16668589413166046 n1_l3_affine_eq_36 -0.09497213363647461
    n1_l1_affine_33 n1_l3_affine_eq_37 0.05472853407263756 n1_l3_affine_eq_38 0.1980871856212616
    n1_l1_affine_33 n1_l3_affine_eq_39 0.08605428040027618 n1_l3_affine_eq_40 0.23900184035301208
    n1_l1_affine_33 n1_l3_affine_eq_41 0.05176051706075668 n1_l3_affine_eq_42 0.1925174444913864
    n1_l1_affine_33 n1_l3_affine_eq_43 0.20506086945533752 n1_l3_affine_eq_44 -0.06850635260343552
    n1_l1_affine_33 n1_l3_affine_eq_45 0.0742989182472229 n1_l3_affine_eq_46 0.12211389094591141
    n1_l1_affine_33 n1_l3_affine_eq_47 0.11586175113916397 n1_l3_affine_eq_48 -0.024140307679772377
    n1_l1_affine_33 n1_l3_affine_eq_49 0.1287689507007599 n1_l3_affine_eq_50 -0.040838006883859634
    n1_l1_affine_33 n1_l3_affine_eq_51 -0.12209942936897278 n1_l3_affine_eq_52 -0.05579403415322304
    n1_l1_affine_33 n1_l3_affine_eq_53 -0.008885545656085014 n1_l3_affine_eq_54 -0.008163300342857838
    n1_l1_affine_33 n1_l3_affine_eq_55 -0.21880260109901428 n1_l3_affine_eq_56 -0.15001003444194794
    n1_l1_affine_33 n1_l3_affine_eq_57 0.05335500091314316 n1_l3_affine_eq_58 -0.06906838715076447
    n1_l1_affine_33 n1_l3_affine_eq_59 -0.03742869570851326 n1_l3_affine_eq_60 -0.08327195048332214
    n1_l1_affine_33 n1_l3_affine_eq_61 0.09444672614336014 n1_l3_affine_eq_62 -0.09417678415775299
    n1_l1_affine_33 n1_l3_affine_eq_63 0.29132768511772156 n1_l3_affine_eq_64 -0.17170566320419312
    n1_l1_affine_33 n1_l3_affine_eq_65 0.1645411252975464 n1_l3_affine_eq_66 0.30020442605018616
    n1_l1_affine_33 n1_l3_affine_eq_67 -0.1856728047132492 n1_l3_affine_eq_68 0.006618316750973463
    n1_l1_affine_33 n1_l3_affine_eq_69 0.08213383704423904 n1_l3_affine_eq_70 -0.11374536156654358
    n1_l1_affine_33 n1_l3_affine_eq_71 -0.09554936736822128 n1_l3_affine_eq_72 0.07420778274536133
    n1_l1_affine_33 n1_l3_affine_eq_73 0.20138302445411682 n1_l3_affine_eq_74 0.24214288592338562
    n1_l1_affine_33 n1_l3_affine_eq_75 0.1864103376865387 n1_l3_affine_eq_76 0.3167719542980194
    n1_l1_affine_33 n1_l3_affine_eq_77 -0.024133022874593735 n1_l3_affine_eq_78 0.0805356353521347
    n1_l1_affine_33 n1_l3_affine_eq_79 0.1808570921421051
    n1_l1_affine_34 n1_l1_affine_eq_34 1
    n1_l1_affine_35 n1_l1_affine_eq_35 1
    n1_l1_affine_36 n1_l1_affine_eq_36 1
    n1_l1_affine_37 n1_l1_affine_eq_37 1 n1_l2_relu_ge_37 -1
    n1_l1_affine_37 n1_l2_relu_off_37 -1
    n1_l1_affine_38 n1_l1_affine_eq_38 1
    n1_l1_affine_39 n1_l1_affine_eq_39 1
    n1_l1_affine_40 n1_l1_affine_eq_40 1
    n1_l1_affine_41 n1_l1_affine_eq_41 1 n1_l3_affine_eq_0 0.28974300622940063
    n1_l1_affine_41 n1_l3_affine_eq_1 0.18319346010684967 n1_l3_affine_eq_2 0.2470129132270813
    n1_l1_affine_41 n1_l3_affine_eq_3 0.0322880782186985 n1_l3_affine_eq_4 0.037046149373054504
    n1_l1_affine_41 n1_l3_affine_eq_5 0.03563176095485687 n1_l3_affine_eq_6 0.17659738659858704
    n1_l1_affine_41 n1_l3_affine_eq_7 -0.12311933189630508 n1_l3_affine_eq_8 0.11185628920793533
    n1_l1_affine_41 n1_l3_affine_eq_9 -0.18771901726722717 n1_l3_affine_eq_10 -0.5261039137840271
    n1_l1_affine_41 n1_l3_affine_eq_11 -0.33826106786727905 n1_l3_affine_eq_12 -0.1338304579257965
    n1_l1_affine_41 n1_l3_affine_eq_13 0.10563372075557709 n1_l3_affine_eq_14 -0.48735710978507996
    n1_l1_affine_41 n1_l3_affine_eq_15 -0.5077857375144958 n1_l3_affine_eq_16 0.04547393321990967
    n1_l1_affine_41 n1_l3_affine_eq_17 0.11352835595607758 n1_l3_affine_eq_18 0.07569990307092667
    n1_l1_affine_41 n1_l3_affine_eq_19 0.18524733185768127 n1_l3_affine_eq_20 -0.03815139830112457
    n1_l1_affine_41 n1_l3_affine_eq_21 -0.07868728786706924 n1_l3_affine_eq_22 0.3540198504924774
    n1_l1_affine_41 n1_l3_affine_eq_23 -0.38927245140075684 n1_l3_affine_eq_24 0.19769567251205444
    n1_l1_affine_41 n1_l3_affine_eq_25 0.43618544936180115 n1_l3_affine_eq_26 0.06994803249835968
    n1_l1_affine_41 n1_l3_affine_eq_27 0.06430860608816147 n1_l3_affine_eq_28 -0.383055180311203
    n1_l1_affine_41 n1_l3_affine_eq_29 0.14427447319030762 n1_l3_affine_eq_30 0.35001108050346375
    n1_l1_affine_41 n1_l3_affine_eq_31 0.3634660243988037 n1_l3_affine_eq_32 0.6385858058929443
    n1_l1_affine_41 n1_l3_affine_eq_33 0.03728580102324486 n1_l3_affine_eq_34 0.5299033522605896
    n1_l1_affine_41 n1_l3_affine_eq_35 -0.08351261913776398 n1_l3_affine_eq_36 -0.07461611926555634
    n1_l1_affine_41 n1_l3_affine_eq_37 0.03369016945362091 n1_l3_affine_eq_38 -0.11320331692695618
    n1_l1_affine_41 n1_l3_affine_eq_39 -0.3776446282863617 n1_l3_affine_eq_40 0.13817095756530762
    n1_l1_affine_41 n1_l3_affine_eq_41 0.1933528631925583 n1_l3_affine_eq_42 -0.19528168439865112
    n1_l1_affine_41 n1_l3_affine_eq_43 -0.013348933309316635 n1_l3_affine_eq_44 -0.13821351528167725
    n1_l1_affine_41 n1_l3_affine_eq_45 -0.2716553807258606 n1_l3_affine_eq_46 -0.031752921640872955
    n1_l1_affine_41 n1_l3_affine_eq_47 0.15452733635902405 n1_l3_affine_eq_48 -0.10398335009813309
    n1_l1_affine_41 n1_l3_affine_eq_49 0.12593436241149902 n1_l3_affine_eq_50 -0.0712725967168808
    n1_l1_affine_41 n1_l3_affine_eq_51 0.2560610771179199 n1_l3_affine_eq_52 -0.04599650949239731
    n1_l1_affine_41 n1_l3_affine_eq_53 -0.0014230255037546158 n1_l3_affine_eq_54 -0.07979247719049454
    n1_l1_affine_41 n1_l3_affine_eq_55 -0.08201957494020462 n1_l3_affine_eq_56 -0.01487833820283413
    n1_l1_affine_41 n1_l3_affine_eq_57 0.043890580534935 n1_l3_affine_eq_58 -0.12075544148683548
    n1_l1_affine_41 n1_l3_affine_eq_59 0.09271151572465897 n1_l3_affine_eq_60 0.03711116686463356
    n1_l1_affine_41 n1_l3_affine_eq_61 -0.2039136439561844 n1_l3_affine_eq_62 -0.030556170269846916
    n1_l1_affine_41 n1_l3_affine_eq_63 -0.10555856674909592 n1_l3_affine_eq_64 -0.3425479531288147
    n1_l1_affine_41 n1_l3_affine_eq_65 0.004194631241261959 n1_l3_affine_eq_66 0.3288295567035675
    n1_l1_affine_41 n1_l3_affine_eq_67 0.11881239712238312 n1_l3_affine_eq_68 0.17817771434783936
    n1_l1_affine_41 n1_l3_affine_eq_69 -0.12425621598958969 n1_l3_affine_eq_70 -0.044987745583057404
    n1_l1_affine_41 n1_l3_affine_eq_71 -0.06083514541387558 n1_l3_affine_eq_72 -0.0053143734112381935
    n1_l1_affine_41 n1_l3_affine_eq_73 -0.031857386231422424 n1_l3_affine_eq_74 -0.04078316316008568
    n1_l1_affine_41 n1_l3_affine_eq_75 -0.025780348107218742 n1_l3_affine_eq_76 -0.0036900120321661234
    n1_l1_affine_41 n1_l3_affine_eq_77 0.18267682194709778 n1_l3_affine_eq_78 -0.04797923564910889
    n1_l1_affine_41 n1_l3_affine_eq_79 -0.22394327819347382
    n1_l1_affine_42 n1_l1_affine_eq_42 1 n1_l3_affine_eq_0 -0.1838308870792389
    n1_l1_affine_42 n1_l3_affine_eq_1 -0.08232671767473221 n1_l3_affine_eq_2 -0.12235377728939056
    n1_l1_affine_42 n1_l3_affine_eq_3 -0.21831122040748596 n1_l3_affine_eq_4 -0.3252650201320648
    n1_l1_affine_42 n1_l3_affine_eq_5 -0.0420401506125927 n1_l3_affine_eq_6 0.23627382516860962
    n1_l1_affine_42 n1_l3_affine_eq_7 -0.02632863074541092 n1_l3_affine_eq_8 -0.19280363619327545
    n1_l1_affine_42 n1_l3_affine_eq_9 -0.18187612295150757 n1_l3_affine_eq_10 0.15039049088954926
    n1_l1_affine_42 n1_l3_affine_eq_11 0.015552894212305546 n1_l3_affine_eq_12 -0.030757106840610504
    n1_l1_affine_42 n1_l3_affine_eq_13 0.2460280954837799 n1_l3_affine_eq_14 0.1751541942358017
    n1_l1_affine_42 n1_l3_affine_eq_15 -0.16837812960147858 n1_l3_affine_eq_16 0.0906679779291153
    n1_l1_affine_42 n1_l3_affine_eq_17 -0.040328577160835266 n1_l3_affine_eq_18 -0.3099115192890167
    n1_l1_affine_42 n1_l3_affine_eq_19 0.16158711910247803 n1_l3_affine_eq_20 -0.09012270718812943
    n1_l1_affine_42 n1_l3_affine_eq_21 0.015169252641499043 n1_l3_affine_eq_22 0.20169174671173096
    n1_l1_affine_42 n1_l3_affine_eq_23 0.18612165749073029 n1_l3_affine_eq_24 0.019211912527680397
    n1_l1_affine_42 n1_l3_affine_eq_25 0.0050002639181911945 n1_l3_affine_eq_26 0.1966596096754074
    n1_l1_affine_42 n1_l3_affine_eq_27 0.27375292778015137 n1_l3_affine_eq_28 0.34119558334350586
    n1_l1_affine_42 n1_l3_affine_eq_29 0.015538088046014309 n1_l3_affine_eq_30 0.042855847626924515
    n1_l1_affine_42 n1_l3_affine_eq_31 -0.20426075160503387 n1_l3_affine_eq_32 0.03206087648868561
    n1_l1_affine_42 n1_l3_affine_eq_33 0.06506798416376114 n1_l3_affine_eq_34 -0.09082908183336258
    n1_l1_affine_42 n1_l3_affine_eq_35 -0.06427743285894394 n1_l3_affine_eq_36 -0.09733935445547104
    n1_l1_affine_42 n1_l3_affine_eq_37 -0.11181327700614929 n1_l3_affine_eq_38 0.23308123648166656
    n1_l1_affine_42 n1_l3_affine_eq_39 -0.14471060037612915 n1_l3_affine_eq_40 0.024132978171110153
    n1_l1_affine_42 n1_l3_affine_eq_41 0.044177427887916565 n1_l3_affine_eq_42 0.03621509671211243
    n1_l1_affine_42 n1_l3_affine_eq_43 0.18618041276931763 n1_l3_affine_eq_44 0.005217631347477436
    n1_l1_affine_42 n1_l3_affine_eq_45 -0.0920172929763794 n1_l3_affine_eq_46 0.26478737592697144
    n1_l1_affine_42 n1_l3_affine_eq_47 0.03412874415516853 n1_l3_affine_eq_48 0.29948246479034424
    n1_l1_affine_42 n1_l3_affine_eq_49 0.1266479194164276 n1_l3_affine_eq_50 0.1314443200826645
    n1_l1_affine_42 n1_l3_affine_eq_51 0.13925965130329132 n1_l3_affine_eq_52 -0.11823076009750366
    n1_l1_affine_42 n1_l3_affine_eq_53 0.20136484503746033 n1_l3_affine_eq_54 0.12355383485555649
    n1_l1_affine_42 n1_l3_affine_eq_55 0.16088241338729858 n1_l3_affine_eq_56 0.040828097611665726
    n1_l1_affine_42 n1_l3_affine_eq_57 0.07914961874485016 n1_l3_affine_eq_58 0.1496051400899887
    n1_l1_affine_42 n1_l3_affine_eq_59 -0.024498488754034042 n1_l3_affine_eq_60 -0.013330639339983463
    n1_l1_affine_42 n1_l3_affine_eq_61 0.09791635721921921 n1_l3_affine_eq_62 0.08694878220558167
    n1_l1_affine_42 n1_l3_affine_eq_63 -0.013611127622425556 n1_l3_affine_eq_64 -0.14142268896102905
    n1_l1_affine_42 n1_l3_affine_eq_65 0.010874186642467976 n1_l3_affine_eq_66 0.07481984794139862
    n1_l1_affine_42 n1_l3_affine_eq_67 -0.20465825498104095 n1_l3_affine_eq_68 0.2778274416923523
    n1_l1_affine_42 n1_l3_affine_eq_69 0.1412382423877716 n1_l3_affine_eq_70 -0.0639653131365776
    n1_l1_affine_42 n1_l3_affine_eq_71 0.2166684865951538 n1_l3_affine_eq_72 0.03197286278009415
    n1_l1_affine_42 n1_l3_affine_eq_73 0.19766031205654144 n1_l3_affine_eq_74 -0.04551108554005623
    n1_l1_affine_42 n1_l3_affine_eq_75 0.008029582910239697 n1_l3_affine_eq_76 0.4038220942020416
    n1_l1_affine_42 n1_l3_affine_eq_77 0.07831202447414398 n1_l3_affine_eq_78 0.21697306632995605
    n1_l1_affine_42 n1_l3_affine_eq_79 -0.12297330796718597
    n1_l1_affine_43 n1_l1_affine_eq_43 1
    n1_l1_affine_44 n1_l1_affine_eq_44 1 n1_l2_relu_ge_44 -1
    n1_l1_affine_44 n1_l2_relu_off_44 -1
    n1_l1_affine_45 n1_l1_affine_eq_45 1 n1_l3_affine_eq_0 0.1312064826488495
    n1_l1_affine_45 n1_l3_affine_eq_1 0.0857795849442482 n1_l3_affine_eq_2 -0.01508017722517252
    n1_l1_affine_45 n1_l3_affine_eq_3 -0.11883873492479324 n1_l3_affine_eq_4 -0.13619661331176758
    n1_l1_affine_45 n1_l3_affine_eq_5 0.054744262248277664 n1_l3_affine_eq_6 0.2649807631969452
    n1_l1_affine_45 n1_l3_affine_eq_7 -0.05713287740945816 n1_l3_affine_eq_8 0.04906243085861206
    n1_l1_affine_45 n1_l3_affine_eq_9 -0.13397130370140076 n1_l3_affine_eq_10 -0.29753342270851135
    n1_l1_affine_45 n1_l3_affine_eq_11 -0.07061787694692612 n1_l3_affine_eq_12 -0.03397918865084648
    n1_l1_affine_45 n1_l3_affine_eq_13 0.011879941448569298 n1_l3_affine_eq_14 0.06271320581436157
    n1_l1_affine_45 n1_l3_affine_eq_15 -0.15443556010723114 n1_l3_affine_eq_16 0.020272064954042435
    n1_l1_affine_45 n1_l3_affine_eq_17 0.24346382915973663 n1_l3_affine_eq_18 -0.17797543108463287
    n1_l1_affine_45 n1_l3_affine_eq_19 0.0966489166021347 n1_l3_affine_eq_20 -0.10086031258106232
    n1_l1_affine_45 n1_l3_affine_eq_21 -0.013134406879544258 n1_l3_affine_eq_22 -0.12349977344274521
    n1_l1_affine_45 n1_l3_affine_eq_23 -0.02768145501613617 n1_l3_affine_eq_24 0.44974520802497864
    n1_l1_affine_45 n1_l3_affine_eq_25 -0.1025778129696846 n1_l3_affine_eq_26 0.11541847139596939
    n1_l1_affine_45 n1_l3_affine_eq_27 -0.09562615305185318 n1_l3_affine_eq_28 0.10889338701963425
    n1_l1_affine_45 n1_l3_affine_eq_29 -0.25338855385780334 n1_l3_affine_eq_30 -0.002702369587495923
    n1_l1_affine_45 n1_l3_affine_eq_31 -0.07002218067646027 n1_l3_affine_eq_32 0.020444553345441818
    n1_l1_affine_45 n1_l3_affine_eq_33 -0.0998406708240509 n1_l3_affine_eq_34 -0.13826152682304382
    n1_l1_affine_45 n1_l3_affine_eq_35 0.08951034396886826 n1_l3_affine_eq_36 0.13079038262367249
    n1_l1_affine_45 n1_l3_affine_eq_37 0.12840989232063293 n1_l3_affine_eq_38 -0.10064409673213959
    n1_l1_affine_45 n1_l3_affine_eq_39 -0.0904480367898941 n1_l3_affine_eq_40 -0.03290668502449989
    n1_l1_affine_45 n1_l3_affine_eq_41 -0.2521381676197052 n1_l3_affine_eq_42 -0.18443621695041656
    n1_l1_affine_45 n1_l3_affine_eq_43 -0.031054358929395676 n1_l3_affine_eq_44 -0.09888516366481781
    n1_l1_affine_45 n1_l3_affine_eq_45 -0.0550353042781353 n1_l3_affine_eq_46 -0.12031609565019608
    n1_l1_affine_45 n1_l3_affine_eq_47 0.2261849045753479 n1_l3_affine_eq_48 0.02162220887839794
    n1_l1_affine_45 n1_l3_affine_eq_49 0.14761453866958618 n1_l3_affine_eq_50 0.008571978658437729
    n1_l1_affine_45 n1_l3_affine_eq_51 -0.24898234009742737 n1_l3_affine_eq_52 0.16636262834072113
    n1_l1_affine_45 n1_l3_affine_eq_53 0.19864235818386078 n1_l3_affine_eq_54 -0.016291765496134758
    n1_l1_affine_45 n1_l3_affine_eq_55 0.09005491435527802 n1_l3_affine_eq_56 -0.3334282636642456
    n1_l1_affine_45 n1_l3_affine_eq_57 -0.22579608857631683 n1_l3_affine_eq_58 -0.08768491446971893
    n1_l1_affine_45 n1_l3_affine_eq_59 -0.12265559285879135 n1_l3_affine_eq_60 0.025411073118448257
    n1_l1_affine_45 n1_l3_affine_eq_61 -0.13150818645954132 n1_l3_affine_eq_62 0.03605175390839577
    n1_l1_affine_45 n1_l3_affine_eq_63 -0.07283882051706314 n1_l3_affine_eq_64 -0.13144424557685852
    n1_l1_affine_45 n1_l3_affine_eq_65 -0.10993695259094238 n1_l3_affine_eq_66 -0.1516159176826477
    n1_l1_affine_45 n1_l3_affine_eq_67 0.021746626123785973 n1_l3_affine_eq_68 0.1094834953546524
    n1_l1_affine_45 n1_l3_affine_eq_69 -0.010206200182437897 n1_l3_affine_eq_70 -0.006397023797035217
    n1_l1_affine_45 n1_l3_affine_eq_71 -0.07339183241128922 n1_l3_affine_eq_72 -0.08298081904649734
    n1_l1_affine_45 n1_l3_affine_eq_73 0.11339138448238373 n1_l3_affine_eq_74 0.1057770773768425
    n1_l1_affine_45 n1_l3_affine_eq_75 0.11085168272256851 n1_l3_affine_eq_76 0.048644352704286575
    n1_l1_affine_45 n1_l3_affine_eq_77 0.0014963960275053978 n1_l3_affine_eq_78 0.009514660574495792
    n1_l1_affine_45 n1_l3_affine_eq_79 -0.35534390807151794
    n1_l1_affine_46 n1_l1_affine_eq_46 1
    n1_l1_affine_47 n1_l1_affine_eq_47 1
    n1_l1_affine_48 n1_l1_affine_eq_48 1
    n1_l1_affine_49 n1_l1_affine_eq_49 1
    n1_l1_affine_50 n1_l1_affine_eq_50 1
    n1_l1_affine_51 n1_l1_affine_eq_51 1 n1_l3_affine_eq_0 0.23946106433868408
    n1_l1_affine_51 n1_l3_affine_eq_1 -0.22102756798267365 n1_l3_affine_eq_2 0.14207322895526886
    n1_l1_affine_51 n1_l3_affine_eq_3 -0.28348520398139954 n1_l3_affine_eq_4 0.11514350026845932
    n1_l1_affine_51 n1_l3_affine_eq_5 0.16318044066429138 n1_l3_affine_eq_6 0.024536797776818275
    n1_l1_affine_51 n1_l3_affine_eq_7 -0.12371203303337097 n1_l3_affine_eq_8 -0.17937815189361572
    n1_l1_affine_51 n1_l3_affine_eq_9 -0.22165286540985107 n1_l3_affine_eq_10 -0.5339844226837158
    n1_l1_affine_51 n1_l3_affine_eq_11 0.11354873329401016 n1_l3_affine_eq_12 -0.6936152577400208
    n1_l1_affine_51 n1_l3_affine_eq_13 -0.21418888866901398 n1_l3_affine_eq_14 0.4107838273048401
    n1_l1_affine_51 n1_l3_affine_eq_15 -0.2818337082862854 n1_l3_affine_eq_16 0.23613357543945312
    n1_l1_affine_51 n1_l3_affine_eq_17 0.2848665714263916 n1_l3_affine_eq_18 0.2666079103946686
    n1_l1_affine_51 n1_l3_affine_eq_19 -0.1451275646686554 n1_l3_affine_eq_20 -0.3611428439617157
    n1_l1_affine_51 n1_l3_affine_eq_21 -0.6554654240608215 n1_l3_affine_eq_22 0.22459740936756134
    n1_l1_affine_51 n1_l3_affine_eq_23 -0.5848292708396912 n1_l3_affine_eq_24 0.1033531129360199
    n1_l1_affine_51 n1_l3_affine_eq_25 0.4050961434841156 n1_l3_affine_eq_26 -0.006823182106018066
    n1_l1_affine_51 n1_l3_affine_eq_27 0.14242058992385864 n1_l3_affine_eq_28 -0.08148142695426941
    n1_l1_affine_51 n1_l3_affine_eq_29 -0.007811924442648888 n1_l3_affine_eq_30 0.34550073742866516
    n1_l1_affine_51 n1_l3_affine_eq_31 0.4374290108680725 n1_l3_affine_eq_32 0.042861416935920715
    n1_l1_affine_51 n1_l3_affine_eq_33 0.29586470127105713 n1_l3_affine_eq_34 0.37277325987815857
    n1_l1_affine_51 n1_l3_affine_eq_35 -0.004563945811241865 n1_l3_affine_eq_36 -0.07968634366989136
    n1_l1_affine_51 n1_l3_affine_eq_37 0.048154205083847046 n1_l3_affine_eq_38 -0.4219309389591217
    n1_l1_affine_51 n1_l3_affine_eq_39 -0.1514660120010376 n1_l3_affine_eq_40 -0.29377877712249756
    n1_l1_affine_51 n1_l3_affine_eq_41 -0.08416137099266052 n1_l3_affine_eq_42 -0.1695115864276886
    n1_l1_affine_51 n1_l3_affine_eq_43 0.1870652139186859 n1_l3_affine_eq_44 0.08891232311725616
    n1_l1_affine_51 n1_l3_affine_eq_45 -0.004880247171968222 n1_l3_affine_eq_46 -0.375204473733902
    n1_l1_affine_51 n1_l3_affine_eq_47 0.3577048182487488 n1_l3_affine_eq_48 0.23306292295455933
    n1_l1_affine_51 n1_l3_affine_eq_49 -0.04118064045906067 n1_l3_affine_eq_50 0.08219543844461441
    n1_l1_affine_51 n1_l3_affine_eq_51 -0.2715481221675873 n1_l3_affine_eq_52 0.5205696225166321
    n1_l1_affine_51 n1_l3_affine_eq_53 0.21686600148677826 n1_l3_affine_eq_54 0.1108057051897049
    n1_l1_affine_51 n1_l3_affine_eq_55 0.29126739501953125 n1_l3_affine_eq_56 -0.2698846161365509
    n1_l1_affine_51 n1_l3_affine_eq_57 -0.06678912788629532 n1_l3_affine_eq_58 -0.08605129271745682
    n1_l1_affine_51 n1_l3_affine_eq_59 -0.20207065343856812 n1_l3_affine_eq_60 0.03004985675215721
    n1_l1_affine_51 n1_l3_affine_eq_61 0.07407438009977341 n1_l3_affine_eq_62 -0.029623528942465782
    n1_l1_affine_51 n1_l3_affine_eq_63 0.08097774535417557 n1_l3_affine_eq_64 -0.4014246463775635
    n1_l1_affine_51 n1_l3_affine_eq_65 -0.2936304211616516 n1_l3_affine_eq_66 0.29852595925331116
    n1_l1_affine_51 n1_l3_affine_eq_67 -0.16282537579536438 n1_l3_affine_eq_68 0.16849660873413086
    n1_l1_affine_51 n1_l3_affine_eq_69 -0.17069795727729797 n1_l3_affine_eq_70 -0.4303393065929413
    n1_l1_affine_51 n1_l3_affine_eq_71 -0.28556498885154724 n1_l3_affine_eq_72 0.3763713836669922
    n1_l1_affine_51 n1_l3_affine_eq_73 -0.1596779078245163 n1_l3_affine_eq_74 -0.47437334060668945
    n1_l1_affine_51 n1_l3_affine_eq_75 0.05079956352710724 n1_l3_affine_eq_76 -0.13937154412269592
    n1_l1_affine_51 n1_l3_affine_eq_77 0.10019968450069427 n1_l3_affine_eq_78 -0.10633046180009842
    n1_l1_affine_51 n1_l3_affine_eq_79 -0.09737023711204529
    n1_l1_affine_52 n1_l1_affine_eq_52 1
    n1_l1_affine_53 n1_l1_affine_eq_53 1 n1_l3_affine_eq_0 0.10198559612035751
    n1_l1_affine_53 n1_l3_affine_eq_1 -0.07951593399047852 n1_l3_affine_eq_2 0.26945650577545166
    n1_l1_affine_53 n1_l3_affine_eq_3 0.5004301071166992 n1_l3_affine_eq_4 0.018472084775567055
    n1_l1_affine_53 n1_l3_affine_eq_5 0.15787766873836517 n1_l3_affine_eq_6 0.4406062066555023
    n1_l1_affine_53 n1_l3_affine_eq_7 -0.42647790908813477 n1_l3_affine_eq_8 0.1266232430934906
    n1_l1_affine_53 n1_l3_affine_eq_9 -0.1150347888469696 n1_l3_affine_eq_10 0.03505847230553627
    n1_l1_affine_53 n1_l3_affine_eq_11 0.3695489764213562 n1_l3_affine_eq_12 -0.10807161778211594
    n1_l1_affine_53 n1_l3_affine_eq_13 -0.1982855200767517 n1_l3_affine_eq_14 0.15064305067062378
    n1_l1_affine_53 n1_l3_affine_eq_15 -0.13601575791835785 n1_l3_affine_eq_16 -0.25136393308639526
    n1_l1_affine_53 n1_l3_affine_eq_17 0.18435363471508026 n1_l3_affine_eq_18 0.02677813172340393
    n1_l1_affine_53 n1_l3_affine_eq_19 -0.1129334568977356 n1_l3_affine_eq_20 -0.004781782161444426
    n1_l1_affine_53 n1_l3_affine_eq_21 -0.1405252069234848 n1_l3_affine_eq_22 -0.20092971622943878
    n1_l1_affine_53 n1_l3_affine_eq_23 -0.5494883060455322 n1_l3_affine_eq_24 0.08867020905017853
    n1_l1_affine_53 n1_l3_affine_eq_25 0.027708521112799644 n1_l3_affine_eq_26 0.04293651506304741
    n1_l1_affine_53 n1_l3_affine_eq_27 -0.6939546465873718 n1_l3_affine_eq_28 0.6806688904762268
    n1_l1_affine_53 n1_l3_affine_eq_29 -0.15398268401622772 n1_l3_affine_eq_30 0.12434718012809753
    n1_l1_affine_53 n1_l3_affine_eq_31 -0.16676084697246552 n1_l3_affine_eq_32 0.1818806678056717
    n1_l1_affine_53 n1_l3_affine_eq_33 0.11121445894241333 n1_l3_affine_eq_34 -0.4366377592086792
    n1_l1_affine_53 n1_l3_affine_eq_35 0.28625229001045227 n1_l3_affine_eq_36 0.19404514133930206
    n1_l1_affine_53 n1_l3_affine_eq_37 -0.23236513137817383 n1_l3_affine_eq_38 0.03271286562085152
    n1_l1_affine_53 n1_l3_affine_eq_39 0.041741691529750824 n1_l3_affine_eq_40 0.14421047270298004
    n1_l1_affine_53 n1_l3_affine_eq_41 -0.45557549595832825 n1_l3_affine_eq_42 0.34156695008277893
    n1_l1_affine_53 n1_l3_affine_eq_43 -0.005874288268387318 n1_l3_affine_eq_44 -0.020291799679398537
    n1_l1_affine_53 n1_l3_affine_eq_45 0.19398978352546692 n1_l3_affine_eq_46 0.1800679862499237
    n1_l1_affine_53 n1_l3_affine_eq_47 0.15939217805862427 n1_l3_affine_eq_48 0.5179887413978577
    n1_l1_affine_53 n1_l3_affine_eq_49 -0.09772007167339325 n1_l3_affine_eq_50 -0.33099451661109924
    n1_l1_affine_53 n1_l3_affine_eq_51 -0.3572888672351837 n1_l3_affine_eq_52 0.14899224042892456
    n1_l1_affine_53 n1_l3_affine_eq_53 -0.020140746608376503 n1_l3_affine_eq_54 0.15102598071098328
    n1_l1_affine_53 n1_l3_affine_eq_55 -0.08410202711820602 n1_l3_affine_eq_56 0.2145671397447586
    n1_l1_affine_53 n1_l3_affine_eq_57 0.547523558139801 n1_l3_affine_eq_58 0.007593249436467886
    n1_l1_affine_53 n1_l3_affine_eq_59 -0.15333326160907745 n1_l3_affine_eq_60 -0.383248895406723
    n1_l1_affine_53 n1_l3_affine_eq_61 -0.2730093002319336 n1_l3_affine_eq_62 -0.19260339438915253
    n1_l1_affine_53 n1_l3_affine_eq_63 -0.11732374131679535 n1_l3_affine_eq_64 0.011858572252094746
    n1_l1_affine_53 n1_l3_affine_eq_65 0.3148513734340668 n1_l3_affine_eq_66 0.4657910466194153
    n1_l1_affine_53 n1_l3_affine_eq_67 -0.03936482593417168 n1_l3_affine_eq_68 -0.11035290360450745
    n1_l1_affine_53 n1_l3_affine_eq_69 -0.03192754462361336 n1_l3_affine_eq_70 -0.05852559953927994
    n1_l1_affine_53 n1_l3_affine_eq_71 0.42452311515808105 n1_l3_affine_eq_72 0.2500744163990021
    n1_l1_affine_53 n1_l3_affine_eq_73 -0.3240693509578705 n1_l3_affine_eq_74 -0.22205902636051178
    n1_l1_affine_53 n1_l3_affine_eq_75 0.0856243222951889 n1_l3_affine_eq_76 0.2808825969696045
    n1_l1_affine_53 n1_l3_affine_eq_77 0.031086286529898643 n1_l3_affine_eq_78 -0.14528612792491913
    n1_l1_affine_53 n1_l3_affine_eq_79 -0.214756578207016
    n1_l1_affine_54 n1_l1_affine_eq_54 1 n1_l3_affine_eq_0 -0.004788094200193882
    n1_l1_affine_54 n1_l3_affine_eq_1 0.35814955830574036 n1_l3_affine_eq_2 0.2598755359649658
    n1_l1_affine_54 n1_l3_affine_eq_3 0.05129329487681389 n1_l3_affine_eq_4 0.2872084081172943
    n1_l1_affine_54 n1_l3_affine_eq_5 0.43468496203422546 n1_l3_affine_eq_6 -0.21332275867462158
    n1_l1_affine_54 n1_l3_affine_eq_7 0.040250346064567566 n1_l3_affine_eq_8 0.5080675482749939
    n1_l1_affine_54 n1_l3_affine_eq_9 0.13561727106571198 n1_l3_affine_eq_10 -0.26288527250289917
    n1_l1_affine_54 n1_l3_affine_eq_11 0.09949672222137451 n1_l3_affine_eq_12 0.20395156741142273
    n1_l1_affine_54 n1_l3_affine_eq_13 -0.3052327036857605 n1_l3_affine_eq_14 -0.5542148351669312
    n1_l1_affine_54 n1_l3_affine_eq_15 -0.030636673793196678 n1_l3_affine_eq_16 -0.09625276923179626
    n1_l1_affine_54 n1_l3_affine_eq_17 0.42844486236572266 n1_l3_affine_eq_18 0.4162921607494354
    n1_l1_affine_54 n1_l3_affine_eq_19 -0.37019339203834534 n1_l3_affine_eq_20 -0.230264812707901
    n1_l1_affine_54 n1_l3_affine_eq_21 -0.4567297399044037 n1_l3_affine_eq_22 0.48370280861854553
    n1_l1_affine_54 n1_l3_affine_eq_23 -0.23840098083019257 n1_l3_affine_eq_24 0.6495362520217896
    n1_l1_affine_54 n1_l3_affine_eq_25 0.6444059014320374 n1_l3_affine_eq_26 0.0997927114367485
    n1_l1_affine_54 n1_l3_affine_eq_27 -0.5097160339355469 n1_l3_affine_eq_28 0.1235632449388504
    n1_l1_affine_54 n1_l3_affine_eq_29 0.23408974707126617 n1_l3_affine_eq_30 0.5452887415885925
    n1_l1_affine_54 n1_l3_affine_eq_31 0.45282429456710815 n1_l3_affine_eq_32 -0.15490537881851196
    n1_l1_affine_54 n1_l3_affine_eq_33 0.2818780243396759 n1_l3_affine_eq_34 0.5167517066001892
    n1_l1_affine_54 n1_l3_affine_eq_35 0.20592308044433594 n1_l3_affine_eq_36 0.23983046412467957
    n1_l1_affine_54 n1_l3_affine_eq_37 0.30935555696487427 n1_l3_affine_eq_38 -0.29653316736221313
    n1_l1_affine_54 n1_l3_affine_eq_39 -0.1431950181722641 n1_l3_affine_eq_40 -0.5219228863716125
    n1_l1_affine_54 n1_l3_affine_eq_41 0.3485103249549866 n1_l3_affine_eq_42 0.00882857944816351
    n1_l1_affine_54 n1_l3_affine_eq_43 0.07527023553848267 n1_l3_affine_eq_44 0.10563622415065765
    n1_l1_affine_54 n1_l3_affine_eq_45 0.34060734510421753 n1_l3_affine_eq_46 0.16931387782096863
    n1_l1_affine_54 n1_l3_affine_eq_47 -0.33142372965812683 n1_l3_affine_eq_48 0.36785072088241577
    n1_l1_affine_54 n1_l3_affine_eq_49 -0.07824622094631195 n1_l3_affine_eq_50 0.35385802388191223
    n1_l1_affine_54 n1_l3_affine_eq_51 -0.5361145734786987 n1_l3_affine_eq_52 -0.15955546498298645
    n1_l1_affine_54 n1_l3_affine_eq_53 0.007704680319875479 n1_l3_affine_eq_54 -0.10901465266942978
    n1_l1_affine_54 n1_l3_affine_eq_55 0.26761382818222046 n1_l3_affine_eq_56 0.12171842157840729
    n1_l1_affine_54 n1_l3_affine_eq_57 0.2725982964038849 n1_l3_affine_eq_58 0.3232033848762512
    n1_l1_affine_54 n1_l3_affine_eq_59 0.20850355923175812 n1_l3_affine_eq_60 0.019577812403440475
    n1_l1_affine_54 n1_l3_affine_eq_61 -0.060175079852342606 n1_l3_affine_eq_62 -0.2620048224925995
    n1_l1_affine_54 n1_l3_affine_eq_63 0.32031604647636414 n1_l3_affine_eq_64 -0.06913024932146072
    n1_l1_affine_54 n1_l3_affine_eq_65 0.17706091701984406 n1_l3_affine_eq_66 -0.1413751244544983
    n1_l1_affine_54 n1_l3_affine_eq_67 -0.16288115084171295 n1_l3_affine_eq_68 0.1303461641073227
    n1_l1_affine_54 n1_l3_affine_eq_69 0.3100055754184723 n1_l3_affine_eq_70 -0.28752848505973816
    n1_l1_affine_54 n1_l3_affine_eq_71 0.011197366751730442 n1_l3_affine_eq_72 0.10890914499759674
    n1_l1_affine_54 n1_l3_affine_eq_73 -0.6714330315589905 n1_l3_affine_eq_74 -0.37093523144721985
    n1_l1_affine_54 n1_l3_affine_eq_75 0.36261647939682007 n1_l3_affine_eq_76 -0.10335385799407959
    n1_l1_affine_54 n1_l3_affine_eq_77 -0.20944622159004211 n1_l3_affine_eq_78 -0.09631957113742828
    n1_l1_affine_54 n1_l3_affine_eq_79 -0.30382880568504333
    n1_l1_affine_55 n1_l1_affine_eq_55 1
    n1_l1_affine_56 n1_l1_affine_eq_56 1
    n1_l1_affine_57 n1_l1_affine_eq_57 1 n1_l2_relu_ge_57 -1
    n1_l1_affine_57 n1_l2_relu_off_57 -1
    n1_l1_affine_58 n1_l1_affine_eq_58 1 n1_l2_relu_ge_58 -1
    n1_l1_affine_58 n1_l2_relu_off_58 -1
    n1_l1_affine_59 n1_l1_affine_eq_59 1
    n1_l1_affine_60 n1_l1_affine_eq_60 1 n1_l3_affine_eq_0 -0.03466914966702461
    n1_l1_affine_60 n1_l3_affine_eq_1 0.20576341450214386 n1_l3_affine_eq_2 0.08631593734025955
    n1_l1_affine_60 n1_l3_affine_eq_3 0.02649422362446785 n1_l3_affine_eq_4 0.20568035542964935
    n1_l1_affine_60 n1_l3_affine_eq_5 0.19677703082561493 n1_l3_affine_eq_6 0.012301635928452015
    n1_l1_affine_60 n1_l3_affine_eq_7 0.08886533230543137 n1_l3_affine_eq_8 -0.13680081069469452
    n1_l1_affine_60 n1_l3_affine_eq_9 0.24178044497966766 n1_l3_affine_eq_10 0.04902009293437004
    n1_l1_affine_60 n1_l3_affine_eq_11 0.05047812685370445 n1_l3_affine_eq_12 -0.13044373691082
    n1_l1_affine_60 n1_l3_affine_eq_13 0.23635683953762054 n1_l3_affine_eq_14 -0.27296510338783264
    n1_l1_affine_60 n1_l3_affine_eq_15 -0.21591046452522278 n1_l3_affine_eq_16 -0.4411892294883728
    n1_l1_affine_60 n1_l3_affine_eq_17 0.1914943903684616 n1_l3_affine_eq_18 0.0895412340760231
    n1_l1_affine_60 n1_l3_affine_eq_19 -0.1762242466211319 n1_l3_affine_eq_20 0.04274578019976616
    n1_l1_affine_60 n1_l3_affine_eq_21 0.24801796674728394 n1_l3_affine_eq_22 -0.19631050527095795
    n1_l1_affine_60 n1_l3_affine_eq_23 -0.08003519475460052 n1_l3_affine_eq_24 0.12234316021203995
    n1_l1_affine_60 n1_l3_affine_eq_25 0.07377777993679047 n1_l3_affine_eq_26 -0.03807598352432251
    n1_l1_affine_60 n1_l3_affine_eq_27 -0.28624027967453003 n1_l3_affine_eq_28 0.046961069107055664
    n1_l1_affine_60 n1_l3_affine_eq_29 0.07954290509223938 n1_l3_affine_eq_30 0.25124216079711914
    n1_l1_affine_60 n1_l3_affine_eq_31 -0.11010999232530594 n1_l3_affine_eq_32 0.2673304080963135
    n1_l1_affine_60 n1_l3_affine_eq_33 0.0027184949722141027 n1_l3_affine_eq_34 -0.11920607835054398
    n1_l1_affine_60 n1_l3_affine_eq_35 -0.05098232999444008 n1_l3_affine_eq_36 0.06385299563407898
    n1_l1_affine_60 n1_l3_affine_eq_37 -0.11544584482908249 n1_l3_affine_eq_38 0.049363911151885986
    n1_l1_affine_60 n1_l3_affine_eq_39 0.051867999136447906 n1_l3_affine_eq_40 0.22411352396011353
    n1_l1_affine_60 n1_l3_affine_eq_41 0.6403452157974243 n1_l3_affine_eq_42 -0.07909630984067917
    n1_l1_affine_60 n1_l3_affine_eq_43 -0.07110593467950821 n1_l3_affine_eq_44 -0.297567218542099
    n1_l1_affine_60 n1_l3_affine_eq_45 0.07780029624700546 n1_l3_affine_eq_46 -0.18564313650131226
    n1_l1_affine_60 n1_l3_affine_eq_47 -0.01389142032712698 n1_l3_affine_eq_48 0.21440492570400238
    n1_l1_affine_60 n1_l3_affine_eq_49 -0.03169741854071617 n1_l3_affine_eq_50 -0.23924104869365692
    n1_l1_affine_60 n1_l3_affine_eq_51 0.22388982772827148 n1_l3_affine_eq_52 -0.01896030269563198
    n1_l1_affine_60 n1_l3_affine_eq_53 0.23911961913108826 n1_l3_affine_eq_54 0.0881408080458641
    n1_l1_affine_60 n1_l3_affine_eq_55 -0.1013457402586937 n1_l3_affine_eq_56 0.019819416105747223
    n1_l1_affine_60 n1_l3_affine_eq_57 -0.21465040743350983 n1_l3_affine_eq_58 -0.04821842536330223
    n1_l1_affine_60 n1_l3_affine_eq_59 0.04294360801577568 n1_l3_affine_eq_60 -0.09388148784637451
    n1_l1_affine_60 n1_l3_affine_eq_61 0.004047602415084839 n1_l3_affine_eq_62 -0.14162002503871918
    n1_l1_affine_60 n1_l3_affine_eq_63 -0.1821841448545456 n1_l3_affine_eq_64 0.08192822337150574
    n1_l1_affine_60 n1_l3_affine_eq_65 -0.014000711031258106 n1_l3_affine_eq_66 -0.3137473165988922
    n1_l1_affine_60 n1_l3_affine_eq_67 0.4060450792312622 n1_l3_affine_eq_68 -0.02820444293320179
    n1_l1_affine_60 n1_l3_affine_eq_69 -0.0022768904455006123 n1_l3_affine_eq_70 0.25924253463745117
    n1_l1_affine_60 n1_l3_affine_eq_71 0.028880905359983444 n1_l3_affine_eq_72 -0.31998440623283386
    n1_l1_affine_60 n1_l3_affine_eq_73 0.08312949538230896 n1_l3_affine_eq_74 0.2064487636089325
    n1_l1_affine_60 n1_l3_affine_eq_75 -0.3119437098503113 n1_l3_affine_eq_76 -0.4252234697341919
    n1_l1_affine_60 n1_l3_affine_eq_77 -0.25045856833457947 n1_l3_affine_eq_78 0.026790082454681396
    n1_l1_affine_60 n1_l3_affine_eq_79 -0.10020241886377335
    n1_l1_affine_61 n1_l1_affine_eq_61 1
    n1_l1_affine_62 n1_l1_affine_eq_62 1
    n1_l1_affine_63 n1_l1_affine_eq_63 1 n1_l3_affine_eq_0 -0.020360812544822693
    n1_l1_affine_63 n1_l3_affine_eq_1 -0.28368252515792847 n1_l3_affine_eq_2 0.4684284031391144
    n1_l1_affine_63 n1_l3_affine_eq_3 0.3046964406967163 n1_l3_affine_eq_4 0.03834955394268036
    n1_l1_affine_63 n1_l3_affine_eq_5 0.25814902782440186 n1_l3_affine_eq_6 -0.14169831573963165
    n1_l1_affine_63 n1_l3_affine_eq_7 0.15433919429779053 n1_l3_affine_eq_8 0.5248635411262512
    n1_l1_affine_63 n1_l3_affine_eq_9 -0.03198656812310219 n1_l3_affine_eq_10 -0.393020898103714
    n1_l1_affine_63 n1_l3_affine_eq_11 0.5740141272544861 n1_l3_affine_eq_12 -0.4304927885532379
    n1_l1_affine_63 n1_l3_affine_eq_13 -0.21588683128356934 n1_l3_affine_eq_14 -0.11458104848861694
    n1_l1_affine_63 n1_l3_affine_eq_15 0.42244023084640503 n1_l3_affine_eq_16 -0.084861621260643
    n1_l1_affine_63 n1_l3_affine_eq_17 0.02566451020538807 n1_l3_affine_eq_18 0.20194458961486816
    n1_l1_affine_63 n1_l3_affine_eq_19 -0.27952834963798523 n1_l3_affine_eq_20 -0.25698375701904297
    n1_l1_affine_63 n1_l3_affine_eq_21 -0.12022188305854797 n1_l3_affine_eq_22 0.06567788124084473
    n1_l1_affine_63 n1_l3_affine_eq_23 -0.1563858538866043 n1_l3_affine_eq_24 -0.1632697582244873
    n1_l1_affine_63 n1_l3_affine_eq_25 0.09855218231678009 n1_l3_affine_eq_26 -0.0944603830575943
    n1_l1_affine_63 n1_l3_affine_eq_27 -0.30609187483787537 n1_l3_affine_eq_28 0.11552744358778
    n1_l1_affine_63 n1_l3_affine_eq_29 0.16643737256526947 n1_l3_affine_eq_30 0.3188445568084717
    n1_l1_affine_63 n1_l3_affine_eq_31 0.5400682091712952 n1_l3_affine_eq_32 -0.2437589168548584
    n1_l1_affine_63 n1_l3_affine_eq_33 0.18666434288024902 n1_l3_affine_eq_34 0.27481335401535034
    n1_l1_affine_63 n1_l3_affine_eq_35 -0.22006042301654816 n1_l3_affine_eq_36 0.34914618730545044
    n1_l1_affine_63 n1_l3_affine_eq_37 -0.2409084290266037 n1_l3_affine_eq_38 -0.25967296957969666
    n1_l1_affine_63 n1_l3_affine_eq_39 0.4258252680301666 n1_l3_affine_eq_40 0.229084312915802
    n1_l1_affine_63 n1_l3_affine_eq_41 -0.5335054993629456 n1_l3_affine_eq_42 0.3310801386833191
    n1_l1_affine_63 n1_l3_affine_eq_43 0.5675206184387207 n1_l3_affine_eq_44 -0.5343914031982422
    n1_l1_affine_63 n1_l3_affine_eq_45 0.6817898750305176 n1_l3_affine_eq_46 -0.020189061760902405
    n1_l1_affine_63 n1_l3_affine_eq_47 0.10797203332185745 n1_l3_affine_eq_48 0.2813650667667389
    n1_l1_affine_63 n1_l3_affine_eq_49 0.09197493642568588 n1_l3_affine_eq_50 -0.40886190533638
    n1_l1_affine_63 n1_l3_affine_eq_51 -0.5001533627510071 n1_l3_affine_eq_52 -0.027632491663098335
    n1_l1_affine_63 n1_l3_affine_eq_53 0.19415612518787384 n1_l3_affine_eq_54 0.11523944139480591
    n1_l1_affine_63 n1_l3_affine_eq_55 -0.16120894253253937 n1_l3_affine_eq_56 -0.27399155497550964
    n1_l1_affine_63 n1_l3_affine_eq_57 0.36235561966896057 n1_l3_affine_eq_58 0.4124675393104553
    n1_l1_affine_63 n1_l3_affine_eq_59 -0.00025543791707605124 n1_l3_affine_eq_60 0.21305052936077118
    n1_l1_affine_63 n1_l3_affine_eq_61 -0.28202804923057556 n1_l3_affine_eq_62 -0.30497658252716064
    n1_l1_affine_63 n1_l3_affine_eq_63 0.7119807600975037 n1_l3_affine_eq_64 -0.4837743043899536
    n1_l1_affine_63 n1_l3_affine_eq_65 0.5491995215415955 n1_l3_affine_eq_66 0.027160391211509705
    n1_l1_affine_63 n1_l3_affine_eq_67 0.1467541754245758 n1_l3_affine_eq_68 -0.43420425057411194
    n1_l1_affine_63 n1_l3_affine_eq_69 -0.1588120311498642 n1_l3_affine_eq_70 -0.5731179118156433
    n1_l1_affine_63 n1_l3_affine_eq_71 0.35475853085517883 n1_l3_affine_eq_72 0.667047917842865
    n1_l1_affine_63 n1_l3_affine_eq_73 -0.4081951379776001 n1_l3_affine_eq_74 -0.12830768525600433
    n1_l1_affine_63 n1_l3_affine_eq_75 0.12834496796131134 n1_l3_affine_eq_76 -0.1672617495059967
    n1_l1_affine_63 n1_l3_affine_eq_77 0.029869576916098595 n1_l3_affine_eq_78 -0.5859079360961914
    n1_l1_affine_63 n1_l3_affine_eq_79 -0.5206661224365234
    n1_l1_affine_64 n1_l1_affine_eq_64 1
    n1_l1_affine_65 n1_l1_affine_eq_65 1 n1_l2_relu_ge_65 -1
    n1_l1_affine_65 n1_l2_relu_off_65 -1
    n1_l1_affine_66 n1_l1_affine_eq_66 1
    n1_l1_affine_67 n1_l1_affine_eq_67 1 n1_l3_affine_eq_0 0.03772130608558655
    n1_l1_affine_67 n1_l3_affine_eq_1 -0.012425316497683525 n1_l3_affine_eq_2 0.2158212959766388
    n1_l1_affine_67 n1_l3_affine_eq_3 -0.037055809050798416 n1_l3_affine_eq_4 0.14117321372032166
    n1_l1_affine_67 n1_l3_affine_eq_5 -0.0770503357052803 n1_l3_affine_eq_6 0.3574841320514679
    n1_l1_affine_67 n1_l3_affine_eq_7 -0.09177444130182266 n1_l3_affine_eq_8 -0.00898401066660881
    n1_l1_affine_67 n1_l3_affine_eq_9 -0.3141498267650604 n1_l3_affine_eq_10 -0.18565361201763153
    n1_l1_affine_67 n1_l3_affine_eq_11 -0.0971263125538826 n1_l3_affine_eq_12 -0.4285827875137329
    n1_l1_affine_67 n1_l3_affine_eq_13 -0.04844967648386955 n1_l3_affine_eq_14 0.005197928752750158
    n1_l1_affine_67 n1_l3_affine_eq_15 -0.08391734957695007 n1_l3_affine_eq_16 -0.0539732500910759
    n1_l1_affine_67 n1_l3_affine_eq_17 -0.05757330730557442 n1_l3_affine_eq_18 -0.08124635368585587
    n1_l1_affine_67 n1_l3_affine_eq_19 -0.1548154056072235 n1_l3_affine_eq_20 -0.07758960872888565
    n1_l1_affine_67 n1_l3_affine_eq_21 0.1967487335205078 n1_l3_affine_eq_22 -0.14043234288692474
    n1_l1_affine_67 n1_l3_affine_eq_23 0.010153514333069324 n1_l3_affine_eq_24 0.22656100988388062
    n1_l1_affine_67 n1_l3_affine_eq_25 -0.10602017492055893 n1_l3_affine_eq_26 0.02715633064508438
    n1_l1_affine_67 n1_l3_affine_eq_27 -0.14050543308258057 n1_l3_affine_eq_28 0.11560577899217606
    n1_l1_affine_67 n1_l3_affine_eq_29 -0.14022433757781982 n1_l3_affine_eq_30 -0.07727184891700745
    n1_l1_affine_67 n1_l3_affine_eq_31 0.06434608995914459 n1_l3_affine_eq_32 -0.16161467134952545
    n1_l1_affine_67 n1_l3_affine_eq_33 0.09377738833427429 n1_l3_affine_eq_34 -0.18924517929553986
    n1_l1_affine_67 n1_l3_affine_eq_35 -0.034363072365522385 n1_l3_affine_eq_36 -0.2643629312515259
    n1_l1_affine_67 n1_l3_affine_eq_37 0.12343361228704453 n1_l3_affine_eq_38 0.097227543592453
    n1_l1_affine_67 n1_l3_affine_eq_39 0.27197596430778503 n1_l3_affine_eq_40 -0.08621800690889359
    n1_l1_affine_67 n1_l3_affine_eq_41 -0.07964297384023666 n1_l3_affine_eq_42 0.02061004750430584
    n1_l1_affine_67 n1_l3_affine_eq_43 -0.004710654262453318 n1_l3_affine_eq_44 -0.04589148610830307
    n1_l1_affine_67 n1_l3_affine_eq_45 0.1303897500038147 n1_l3_affine_eq_46 -0.025559743866324425
    n1_l1_affine_67 n1_l3_affine_eq_47 0.005807541310787201 n1_l3_affine_eq_48 0.15016363561153412
    n1_l1_affine_67 n1_l3_affine_eq_49 0.10314571112394333 n1_l3_affine_eq_50 -0.14695855975151062
    n1_l1_affine_67 n1_l3_affine_eq_51 0.04456891119480133 n1_l3_affine_eq_52 0.21657948195934296
    n1_l1_affine_67 n1_l3_affine_eq_53 -0.08257901668548584 n1_l3_affine_eq_54 -0.12036553025245667
    n1_l1_affine_67 n1_l3_affine_eq_55 -0.11741932481527328 n1_l3_affine_eq_56 0.03203019127249718
    n1_l1_affine_67 n1_l3_affine_eq_57 -0.05297888442873955 n1_l3_affine_eq_58 0.1667705476284027
    n1_l1_affine_67 n1_l3_affine_eq_59 -0.35825178027153015 n1_l3_affine_eq_60 -0.0020511115435510874
    n1_l1_affine_67 n1_l3_affine_eq_61 -0.06495192646980286 n1_l3_affine_eq_62 -0.21385598182678223
    n1_l1_affine_67 n1_l3_affine_eq_63 0.08020999282598495 n1_l3_affine_eq_64 0.12803229689598083
    n1_l1_affine_67 n1_l3_affine_eq_65 -0.004748430103063583 n1_l3_affine_eq_66 0.26926130056381226
    n1_l1_affine_67 n1_l3_affine_eq_67 0.15197479724884033 n1_l3_affine_eq_68 -0.21098023653030396
    n1_l1_affine_67 n1_l3_affine_eq_69 -0.0414331778883934 n1_l3_affine_eq_70 -0.32232221961021423
    n1_l1_affine_67 n1_l3_affine_eq_71 0.21373187005519867 n1_l3_affine_eq_72 0.047606952488422394
    n1_l1_affine_67 n1_l3_affine_eq_73 -0.0990988165140152 n1_l3_affine_eq_74 -0.14836309850215912
    n1_l1_affine_67 n1_l3_affine_eq_75 -0.09816192835569382 n1_l3_affine_eq_76 -0.08367826789617538
    n1_l1_affine_67 n1_l3_affine_eq_77 -0.2725989520549774 n1_l3_affine_eq_78 -0.131735697388649
    n1_l1_affine_67 n1_l3_affine_eq_79 -0.24479225277900696
    n1_l1_affine_68 n1_l1_affine_eq_68 1
    n1_l1_affine_69 n1_l1_affine_eq_69 1 n1_l3_affine_eq_0 0.20393918454647064
    n1_l1_affine_69 n1_l3_affine_eq_1 0.506373941898346 n1_l3_affine_eq_2 0.16114860773086548
    n1_l1_affine_69 n1_l3_affine_eq_3 0.03259352222084999 n1_l3_affine_eq_4 0.00564467953518033
    n1_l1_affine_69 n1_l3_affine_eq_5 -0.11643865704536438 n1_l3_affine_eq_6 0.34739652276039124
    n1_l1_affine_69 n1_l3_affine_eq_7 -0.2639882564544678 n1_l3_affine_eq_8 -0.12215050309896469
    n1_l1_affine_69 n1_l3_affine_eq_9 -0.045838262885808945 n1_l3_affine_eq_10 0.12999588251113892
    n1_l1_affine_69 n1_l3_affine_eq_11 -0.025543326511979103 n1_l3_affine_eq_12 -0.012449116446077824
    n1_l1_affine_69 n1_l3_affine_eq_13 -0.048833224922418594 n1_l3_affine_eq_14 -0.018161972984671593
    n1_l1_affine_69 n1_l3_affine_eq_15 -0.303160160779953 n1_l3_affine_eq_16 0.11885808408260345
    n1_l1_affine_69 n1_l3_affine_eq_17 0.43103933334350586 n1_l3_affine_eq_18 0.08725657314062119
    n1_l1_affine_69 n1_l3_affine_eq_19 0.1056446060538292 n1_l3_affine_eq_20 -0.2669714689254761
    n1_l1_affine_69 n1_l3_affine_eq_21 0.22938771545886993 n1_l3_affine_eq_22 -0.026036564260721207
    n1_l1_affine_69 n1_l3_affine_eq_23 0.0951741635799408 n1_l3_affine_eq_24 0.06862493604421616
    n1_l1_affine_69 n1_l3_affine_eq_25 0.08824183791875839 n1_l3_affine_eq_26 0.18011465668678284
    n1_l1_affine_69 n1_l3_affine_eq_27 -0.19043248891830444 n1_l3_affine_eq_28 -0.15741337835788727
    n1_l1_affine_69 n1_l3_affine_eq_29 -0.22621884942054749 n1_l3_affine_eq_30 0.009333126246929169
    n1_l1_affine_69 n1_l3_affine_eq_31 0.06490848958492279 n1_l3_affine_eq_32 0.20377038419246674
    n1_l1_affine_69 n1_l3_affine_eq_33 0.046631623059511185 n1_l3_affine_eq_34 -0.08833758533000946
    n1_l1_affine_69 n1_l3_affine_eq_35 0.21413563191890717 n1_l3_affine_eq_36 0.05608309060335159
    n1_l1_affine_69 n1_l3_affine_eq_37 -0.11971436440944672 n1_l3_affine_eq_38 -0.20351272821426392
    n1_l1_affine_69 n1_l3_affine_eq_39 0.11900526285171509 n1_l3_affine_eq_40 0.33347585797309875
    n1_l1_affine_69 n1_l3_affine_eq_41 0.09840245544910431 n1_l3_affine_eq_42 -0.08688638359308243
    n1_l1_affine_69 n1_l3_affine_eq_43 0.01493073906749487 n1_l3_affine_eq_44 -0.15030016005039215
    n1_l1_affine_69 n1_l3_affine_eq_45 -0.22678948938846588 n1_l3_affine_eq_46 0.44617196917533875
    n1_l1_affine_69 n1_l3_affine_eq_47 0.027910497039556503 n1_l3_affine_eq_48 0.12906286120414734
    n1_l1_affine_69 n1_l3_affine_eq_49 -0.0942717120051384 n1_l3_affine_eq_50 -0.1485532820224762
    n1_l1_affine_69 n1_l3_affine_eq_51 0.35442838072776794 n1_l3_affine_eq_52 0.23704969882965088
    n1_l1_affine_69 n1_l3_affine_eq_53 0.0318133570253849 n1_l3_affine_eq_54 -0.06440442055463791
    n1_l1_affine_69 n1_l3_affine_eq_55 -0.2534918785095215 n1_l3_affine_eq_56 -0.0856400579214096
    n1_l1_affine_69 n1_l3_affine_eq_57 0.06791295111179352 n1_l3_affine_eq_58 -0.05102533474564552
    n1_l1_affine_69 n1_l3_affine_eq_59 0.0037067201919853687 n1_l3_affine_eq_60 -0.22366541624069214
    n1_l1_affine_69 n1_l3_affine_eq_61 -0.13570725917816162 n1_l3_affine_eq_62 -0.2378041297197342
    n1_l1_affine_69 n1_l3_affine_eq_63 -0.14911994338035583 n1_l3_affine_eq_64 -0.1039462462067604
    n1_l1_affine_69 n1_l3_affine_eq_65 -0.03218971565365791 n1_l3_affine_eq_66 0.11638116836547852
    n1_l1_affine_69 n1_l3_affine_eq_67 0.09621180593967438 n1_l3_affine_eq_68 -0.1305125653743744
    n1_l1_affine_69 n1_l3_affine_eq_69 -0.07905532419681549 n1_l3_affine_eq_70 -0.17299330234527588
    n1_l1_affine_69 n1_l3_affine_eq_71 -0.057802602648735046 n1_l3_affine_eq_72 0.0007331566885113716
    n1_l1_affine_69 n1_l3_affine_eq_73 0.013154002837836742 n1_l3_affine_eq_74 -0.054395075887441635
    n1_l1_affine_69 n1_l3_affine_eq_75 -0.12207557260990143 n1_l3_affine_eq_76 0.03522607311606407
    n1_l1_affine_69 n1_l3_affine_eq_77 0.041614122688770294 n1_l3_affine_eq_78 -0.20661194622516632
    n1_l1_affine_69 n1_l3_affine_eq_79 -0.03025420941412449
    n1_l1_affine_70 n1_l1_affine_eq_70 1
    n1_l1_affine_71 n1_l1_affine_eq_71 1
    n1_l1_affine_72 n1_l1_affine_eq_72 1
    n1_l1_affine_73 n1_l1_affine_eq_73 1
    n1_l1_affine_74 n1_l1_affine_eq_74 1 n1_l3_affine_eq_0 -0.16150152683258057
    n1_l1_affine_74 n1_l3_affine_eq_1 -0.24484819173812866 n1_l3_affine_eq_2 0.05814812332391739
    n1_l1_affine_74 n1_l3_affine_eq_3 -0.05208573117852211 n1_l3_affine_eq_4 -0.037765972316265106
    n1_l1_affine_74 n1_l3_affine_eq_5 -0.08300799876451492 n1_l3_affine_eq_6 -0.0558696947991848
    n1_l1_affine_74 n1_l3_affine_eq_7 -0.17562483251094818 n1_l3_affine_eq_8 -0.1770927906036377
    n1_l1_affine_74 n1_l3_affine_eq_9 0.16114327311515808 n1_l3_affine_eq_10 0.25592920184135437
    n1_l1_affine_74 n1_l3_affine_eq_11 0.3180805742740631 n1_l3_affine_eq_12 -0.30871185660362244
    n1_l1_affine_74 n1_l3_affine_eq_13 0.12137538939714432 n1_l3_affine_eq_14 0.4143136143684387
    n1_l1_affine_74 n1_l3_affine_eq_15 -0.026785651221871376 n1_l3_affine_eq_16 -0.14463341236114502
    n1_l1_affine_74 n1_l3_affine_eq_17 -0.31541743874549866 n1_l3_affine_eq_18 0.05868254601955414
    n1_l1_affine_74 n1_l3_affine_eq_19 -0.5691947937011719 n1_l3_affine_eq_20 -0.17580874264240265
    n1_l1_affine_74 n1_l3_affine_eq_21 -0.140816792845726 n1_l3_affine_eq_22 -0.030539443716406822
    n1_l1_affine_74 n1_l3_affine_eq_23 -0.16548217833042145 n1_l3_affine_eq_24 -0.009359922260046005
    n1_l1_affine_74 n1_l3_affine_eq_25 -0.24777157604694366 n1_l3_affine_eq_26 0.17308706045150757
    n1_l1_affine_74 n1_l3_affine_eq_27 -0.0946170762181282 n1_l3_affine_eq_28 0.3623111844062805
    n1_l1_affine_74 n1_l3_affine_eq_29 -0.13261565566062927 n1_l3_affine_eq_30 -0.0350688099861145
    n1_l1_affine_74 n1_l3_affine_eq_31 0.07219481468200684 n1_l3_affine_eq_32 -0.21872124075889587
    n1_l1_affine_74 n1_l3_affine_eq_33 -0.051459360867738724 n1_l3_affine_eq_34 -0.00847585964947939
    n1_l1_affine_74 n1_l3_affine_eq_35 -0.03292714059352875 n1_l3_affine_eq_36 0.23191983997821808
    n1_l1_affine_74 n1_l3_affine_eq_37 -0.1470211297273636 n1_l3_affine_eq_38 -0.07276791334152222
    n1_l1_affine_74 n1_l3_affine_eq_39 0.2719154357910156 n1_l3_affine_eq_40 0.04813748225569725
    n1_l1_affine_74 n1_l3_affine_eq_41 -0.13504360616207123 n1_l3_affine_eq_42 -0.11097372323274612
    n1_l1_affine_74 n1_l3_affine_eq_43 -0.14517681300640106 n1_l3_affine_eq_44 0.05215652659535408
    n1_l1_affine_74 n1_l3_affine_eq_45 -0.03322724625468254 n1_l3_affine_eq_46 0.0011070905020460486
    n1_l1_affine_74 n1_l3_affine_eq_47 0.19329708814620972 n1_l3_affine_eq_48 0.044382017105817795
    n1_l1_affine_74 n1_l3_affine_eq_49 -0.0805460587143898 n1_l3_affine_eq_50 -0.13570743799209595
    n1_l1_affine_74 n1_l3_affine_eq_51 -0.017122730612754822 n1_l3_affine_eq_52 0.009234782308340073
    n1_l1_affine_74 n1_l3_affine_eq_53 0.20752209424972534 n1_l3_affine_eq_54 0.09704602509737015
    n1_l1_affine_74 n1_l3_affine_eq_55 -0.17467525601387024 n1_l3_affine_eq_56 -0.05355214700102806
    n1_l1_affine_74 n1_l3_affine_eq_57 -0.001514577423222363 n1_l3_affine_eq_58 -0.21284139156341553
    n1_l1_affine_74 n1_l3_affine_eq_59 0.23094052076339722 n1_l3_affine_eq_60 -0.1514711081981659
    n1_l1_affine_74 n1_l3_affine_eq_61 -0.04984087869524956 n1_l3_affine_eq_62 0.16291746497154236
    n1_l1_affine_74 n1_l3_affine_eq_63 -0.07650027424097061 n1_l3_affine_eq_64 -0.16037796437740326
    n1_l1_affine_74 n1_l3_affine_eq_65 -0.2806028127670288 n1_l3_affine_eq_66 -0.09504108875989914
    n1_l1_affine_74 n1_l3_affine_eq_67 0.056910403072834015 n1_l3_affine_eq_68 -0.06974741816520691
    n1_l1_affine_74 n1_l3_affine_eq_69 -0.1832466721534729 n1_l3_affine_eq_70 -0.1560273915529251
    n1_l1_affine_74 n1_l3_affine_eq_71 0.09027600288391113 n1_l3_affine_eq_72 -0.13206085562705994
    n1_l1_affine_74 n1_l3_affine_eq_73 -0.0982627272605896 n1_l3_affine_eq_74 -0.3552038371562958
    n1_l1_affine_74 n1_l3_affine_eq_75 0.052581995725631714 n1_l3_affine_eq_76 -0.18824344873428345
    n1_l1_affine_74 n1_l3_affine_eq_77 -0.16720080375671387 n1_l3_affine_eq_78 -0.17316262423992157
    n1_l1_affine_74 n1_l3_affine_eq_79 -0.06375335901975632
    n1_l1_affine_75 n1_l1_affine_eq_75 1
    n1_l1_affine_76 n1_l1_affine_eq_76 1
    n1_l1_affine_77 n1_l1_affine_eq_77 1
    n1_l1_affine_78 n1_l1_affine_eq_78 1
    n1_l1_affine_79 n1_l1_affine_eq_79 1
    n1_l1_affine_80 n1_l1_affine_eq_80 1 n1_l3_affine_eq_0 -0.11907299607992172
    n1_l1_affine_80 n1_l3_affine_eq_1 -0.010044245980679989 n1_l3_affine_eq_2 -0.003918973729014397
    n1_l1_affine_80 n1_l3_affine_eq_3 -0.20982550084590912 n1_l3_affine_eq_4 -0.0755937471985817
    n1_l1_affine_80 n1_l3_affine_eq_5 -0.21629752218723297 n1_l3_affine_eq_6 -0.13869813084602356
    n1_l1_affine_80 n1_l3_affine_eq_7 0.2770746052265167 n1_l3_affine_eq_8 -0.0873473733663559
    n1_l1_affine_80 n1_l3_affine_eq_9 -0.24815429747104645 n1_l3_affine_eq_10 -0.00856584683060646
    n1_l1_affine_80 n1_l3_affine_eq_11 0.1911812424659729 n1_l3_affine_eq_12 -0.03230217844247818
    n1_l1_affine_80 n1_l3_affine_eq_13 0.06907559186220169 n1_l3_affine_eq_14 0.1542321890592575
    n1_l1_affine_80 n1_l3_affine_eq_15 -0.11197696626186371 n1_l3_affine_eq_16 -0.28688865900039673
    n1_l1_affine_80 n1_l3_affine_eq_17 -0.14545826613903046 n1_l3_affine_eq_18 0.2592088580131531
    n1_l1_affine_80 n1_l3_affine_eq_19 -0.2677156627178192 n1_l3_affine_eq_20 -0.17439837753772736
    n1_l1_affine_80 n1_l3_affine_eq_21 0.05508940666913986 n1_l3_affine_eq_22 -0.1745045781135559
    n1_l1_affine_80 n1_l3_affine_eq_23 -0.17050951719284058 n1_l3_affine_eq_24 -0.060506269335746765
    n1_l1_affine_80 n1_l3_affine_eq_25 -0.0394926555454731 n1_l3_affine_eq_26 0.07010894268751144
    n1_l1_affine_80 n1_l3_affine_eq_27 -0.10664238780736923 n1_l3_affine_eq_28 0.26722097396850586
    n1_l1_affine_80 n1_l3_affine_eq_29 0.0911870151758194 n1_l3_affine_eq_30 0.2760375738143921
    n1_l1_affine_80 n1_l3_affine_eq_31 -0.22203899919986725 n1_l3_affine_eq_32 0.03260217234492302
    n1_l1_affine_80 n1_l3_affine_eq_33 -0.04267018288373947 n1_l3_affine_eq_34 -0.1750887930393219
    n1_l1_affine_80 n1_l3_affine_eq_35 -0.04180162027478218 n1_l3_affine_eq_36 -0.01398684736341238
    n1_l1_affine_80 n1_l3_affine_eq_37 0.1620212346315384 n1_l3_affine_eq_38 0.21606850624084473
    n1_l1_affine_80 n1_l3_affine_eq_39 -0.28571662306785583 n1_l3_affine_eq_40 -0.21092553436756134
    n1_l1_affine_80 n1_l3_affine_eq_41 0.14130601286888123 n1_l3_affine_eq_42 -0.15959283709526062
    n1_l1_affine_80 n1_l3_affine_eq_43 0.04024183750152588 n1_l3_affine_eq_44 -0.29163095355033875
    n1_l1_affine_80 n1_l3_affine_eq_45 0.5034550428390503 n1_l3_affine_eq_46 0.2840830385684967
    n1_l1_affine_80 n1_l3_affine_eq_47 0.037959907203912735 n1_l3_affine_eq_48 -0.2638569474220276
    n1_l1_affine_80 n1_l3_affine_eq_49 0.0022404261399060488 n1_l3_affine_eq_50 -0.05780668556690216
    n1_l1_affine_80 n1_l3_affine_eq_51 0.12191367149353027 n1_l3_affine_eq_52 0.10757212340831757
    n1_l1_affine_80 n1_l3_affine_eq_53 0.0654754787683487 n1_l3_affine_eq_54 0.15632106363773346
    n1_l1_affine_80 n1_l3_affine_eq_55 -0.16713915765285492 n1_l3_affine_eq_56 -0.07724685966968536
    n1_l1_affine_80 n1_l3_affine_eq_57 -0.07573877274990082 n1_l3_affine_eq_58 -0.14895334839820862
    n1_l1_affine_80 n1_l3_affine_eq_59 0.1154804453253746 n1_l3_affine_eq_60 -0.18984556198120117
    n1_l1_affine_80 n1_l3_affine_eq_61 -0.0008126425673253834 n1_l3_affine_eq_62 0.010733642615377903
    n1_l1_affine_80 n1_l3_affine_eq_63 0.14082707464694977 n1_l3_affine_eq_64 0.09516932815313339
    n1_l1_affine_80 n1_l3_affine_eq_65 -0.04241340234875679 n1_l3_affine_eq_66 -0.09481807053089142
    n1_l1_affine_80 n1_l3_affine_eq_67 -0.04450400173664093 n1_l3_affine_eq_68 0.2551007866859436
    n1_l1_affine_80 n1_l3_affine_eq_69 -0.007840103469789028 n1_l3_affine_eq_70 -0.25051674246788025
    n1_l1_affine_80 n1_l3_affine_eq_71 0.22055533528327942 n1_l3_affine_eq_72 -0.0237506665289402
    n1_l1_affine_80 n1_l3_affine_eq_73 -0.0695919394493103 n1_l3_affine_eq_74 0.006951752584427595
    n1_l1_affine_80 n1_l3_affine_eq_75 -0.06084024906158447 n1_l3_affine_eq_76 0.12308312952518463
    n1_l1_affine_80 n1_l3_affine_eq_77 -0.005919391289353371 n1_l3_affine_eq_78 0.003496988909319043
    n1_l1_affine_80 n1_l3_affine_eq_79 0.4282463788986206
    n1_l1_affine_81 n1_l1_affine_eq_81 1
    n1_l1_affine_82 n1_l1_affine_eq_82 1
    n1_l1_affine_83 n1_l1_affine_eq_83 1 n1_l2_relu_ge_83 -1
    n1_l1_affine_83 n1_l2_relu_off_83 -1
    n1_l1_affine_84 n1_l1_affine_eq_84 1
    n1_l1_affine_85 n1_l1_affine_eq_85 1 n1_l3_affine_eq_0 -0.18601515889167786
    n1_l1_affine_85 n1_l3_affine_eq_1 -0.3613168001174927 n1_l3_affine_eq_2 -0.01984299346804619
    n1_l1_affine_85 n1_l3_affine_eq_3 -0.16522137820720673 n1_l3_affine_eq_4 0.04326491430401802
    n1_l1_affine_85 n1_l3_affine_eq_5 0.03754222020506859 n1_l3_affine_eq_6 -0.36024656891822815
    n1_l1_affine_85 n1_l3_affine_eq_7 0.09885286539793015 n1_l3_affine_eq_8 0.12683933973312378
    n1_l1_affine_85 n1_l3_affine_eq_9 0.5041431784629822 n1_l3_affine_eq_10 0.5471795201301575
    n1_l1_affine_85 n1_l3_affine_eq_11 0.437524676322937 n1_l3_affine_eq_12 0.013907006941735744
    n1_l1_affine_85 n1_l3_affine_eq_13 -0.10676803439855576 n1_l3_affine_eq_14 -0.2764067053794861
    n1_l1_affine_85 n1_l3_affine_eq_15 0.17962072789669037 n1_l3_affine_eq_16 -0.13407854735851288
    n1_l1_affine_85 n1_l3_affine_eq_17 -0.2372988611459732 n1_l3_affine_eq_18 0.1119261384010315
    n1_l1_affine_85 n1_l3_affine_eq_19 0.0956394374370575 n1_l3_affine_eq_20 0.31863006949424744
    n1_l1_affine_85 n1_l3_affine_eq_21 -0.13239984214305878 n1_l3_affine_eq_22 0.13774923980236053
    n1_l1_affine_85 n1_l3_affine_eq_23 -0.05693720653653145 n1_l3_affine_eq_24 0.1843734234571457
    n1_l1_affine_85 n1_l3_affine_eq_25 0.15504778921604156 n1_l3_affine_eq_26 0.13074082136154175
    n1_l1_affine_85 n1_l3_affine_eq_27 0.18640758097171783 n1_l3_affine_eq_28 -0.3786503076553345
    n1_l1_affine_85 n1_l3_affine_eq_29 -0.15129533410072327 n1_l3_affine_eq_30 0.28291064500808716
    n1_l1_affine_85 n1_l3_affine_eq_31 0.21962660551071167 n1_l3_affine_eq_32 -0.44362226128578186
    n1_l1_affine_85 n1_l3_affine_eq_33 0.10136149823665619 n1_l3_affine_eq_34 0.2686119079589844
    n1_l1_affine_85 n1_l3_affine_eq_35 -0.3239332437515259 n1_l3_affine_eq_36 -0.05497622489929199
    n1_l1_affine_85 n1_l3_affine_eq_37 0.3992781341075897 n1_l3_affine_eq_38 -0.26445910334587097
    n1_l1_affine_85 n1_l3_affine_eq_39 0.08585534989833832 n1_l3_affine_eq_40 -0.15975376963615417
    n1_l1_affine_85 n1_l3_affine_eq_41 0.4838447868824005 n1_l3_affine_eq_42 0.3120066225528717
    n1_l1_affine_85 n1_l3_affine_eq_43 -0.14738702774047852 n1_l3_affine_eq_44 -0.018981322646141052
    n1_l1_affine_85 n1_l3_affine_eq_45 0.16817736625671387 n1_l3_affine_eq_46 -0.43939733505249023
    n1_l1_affine_85 n1_l3_affine_eq_47 -0.4480069875717163 n1_l3_affine_eq_48 -0.39163681864738464
    n1_l1_affine_85 n1_l3_affine_eq_49 0.14934636652469635 n1_l3_affine_eq_50 0.1858954131603241
    n1_l1_affine_85 n1_l3_affine_eq_51 -0.06289953738451004 n1_l3_affine_eq_52 -0.3876943588256836
    n1_l1_affine_85 n1_l3_affine_eq_53 0.09550833702087402 n1_l3_affine_eq_54 0.16405725479125977
    n1_l1_affine_85 n1_l3_affine_eq_55 0.07630351930856705 n1_l3_affine_eq_56 0.22872868180274963
    n1_l1_affine_85 n1_l3_affine_eq_57 -0.47773686051368713 n1_l3_affine_eq_58 0.089325912296772
    n1_l1_affine_85 n1_l3_affine_eq_59 0.3623213768005371 n1_l3_affine_eq_60 -0.020141109824180603
    n1_l1_affine_85 n1_l3_affine_eq_61 0.20017941296100616 n1_l3_affine_eq_62 -0.12317603081464767
    n1_l1_affine_85 n1_l3_affine_eq_63 -0.322981059551239 n1_l3_affine_eq_64 0.37422531843185425
    n1_l1_affine_85 n1_l3_affine_eq_65 -0.15903520584106445 n1_l3_affine_eq_66 -0.3187866508960724
    n1_l1_affine_85 n1_l3_affine_eq_67 0.017769023776054382 n1_l3_affine_eq_68 0.042393334209918976
    n1_l1_affine_85 n1_l3_affine_eq_69 0.10331561416387558 n1_l3_affine_eq_70 0.12330672144889832
    n1_l1_affine_85 n1_l3_affine_eq_71 0.09938877075910568 n1_l3_affine_eq_72 -0.16921819746494293
    n1_l1_affine_85 n1_l3_affine_eq_73 0.09221208095550537 n1_l3_affine_eq_74 0.25752002000808716
    n1_l1_affine_85 n1_l3_affine_eq_75 -0.08958058804273605 n1_l3_affine_eq_76 -0.3127787411212921
    n1_l1_affine_85 n1_l3_affine_eq_77 0.10865426063537598 n1_l3_affine_eq_78 0.18463675677776337
    n1_l1_affine_85 n1_l3_affine_eq_79 0.6093204617500305
    n1_l1_affine_86 n1_l1_affine_eq_86 1
    n1_l1_affine_87 n1_l1_affine_eq_87 1 n1_l3_affine_eq_0 0.09331901371479034
    n1_l1_affine_87 n1_l3_affine_eq_1 0.4668862521648407 n1_l3_affine_eq_2 0.04909544438123703
    n1_l1_affine_87 n1_l3_affine_eq_3 -0.08617977052927017 n1_l3_affine_eq_4 0.2475426197052002
    n1_l1_affine_87 n1_l3_affine_eq_5 0.007737647742033005 n1_l3_affine_eq_6 0.07773956656455994
    n1_l1_affine_87 n1_l3_affine_eq_7 0.003989269491285086 n1_l3_affine_eq_8 -0.046920884400606155
    n1_l1_affine_87 n1_l3_affine_eq_9 -0.12978805601596832 n1_l3_affine_eq_10 -0.17994631826877594
    n1_l1_affine_87 n1_l3_affine_eq_11 0.19727790355682373 n1_l3_affine_eq_12 -0.1644103229045868
    n1_l1_affine_87 n1_l3_affine_eq_13 -0.16119401156902313 n1_l3_affine_eq_14 -0.2078433334827423
    n1_l1_affine_87 n1_l3_affine_eq_15 0.06357669085264206 n1_l3_affine_eq_16 -0.08125194162130356
    n1_l1_affine_87 n1_l3_affine_eq_17 0.011334606446325779 n1_l3_affine_eq_18 -0.055641066282987595
    n1_l1_affine_87 n1_l3_affine_eq_19 -0.22311119735240936 n1_l3_affine_eq_20 -0.21670781075954437
    n1_l1_affine_87 n1_l3_affine_eq_21 0.1697004735469818 n1_l3_affine_eq_22 -0.08155325800180435
    n1_l1_affine_87 n1_l3_affine_eq_23 0.026937762275338173 n1_l3_affine_eq_24 -0.0383109413087368
    n1_l1_affine_87 n1_l3_affine_eq_25 -0.08645357191562653 n1_l3_affine_eq_26 -0.06086765602231026
    n1_l1_affine_87 n1_l3_affine_eq_27 -0.13409574329853058 n1_l3_affine_eq_28 -0.1426473706960678
    n1_l1_affine_87 n1_l3_affine_eq_29 0.18493065237998962 n1_l3_affine_eq_30 -0.1078680008649826
    n1_l1_affine_87 n1_l3_affine_eq_31 -0.030733536928892136 n1_l3_affine_eq_32 -0.01585806906223297
    n1_l1_affine_87 n1_l3_affine_eq_33 -0.13572810590267181 n1_l3_affine_eq_34 -0.002246323972940445
    n1_l1_affine_87 n1_l3_affine_eq_35 -0.07772684842348099 n1_l3_affine_eq_36 0.11803022027015686
    n1_l1_affine_87 n1_l3_affine_eq_37 0.2131030559539795 n1_l3_affine_eq_38 -0.1640511304140091
    n1_l1_affine_87 n1_l3_affine_eq_39 -0.18831242620944977 n1_l3_affine_eq_40 -0.026575541123747826
    n1_l1_affine_87 n1_l3_affine_eq_41 -0.14271076023578644 n1_l3_affine_eq_42 -0.1430462896823883
    n1_l1_affine_87 n1_l3_affine_eq_43 -0.14585551619529724 n1_l3_affine_eq_44 -0.23353247344493866
    n1_l1_affine_87 n1_l3_affine_eq_45 -0.0247326772660017 n1_l3_affine_eq_46 0.23125486075878143
    n1_l1_affine_87 n1_l3_affine_eq_47 0.03497970104217529 n1_l3_affine_eq_48 -0.1048351302742958
    n1_l1_affine_87 n1_l3_affine_eq_49 -0.07293619960546494 n1_l3_affine_eq_50 0.15403664112091064
    n1_l1_affine_87 n1_l3_affine_eq_51 0.3084254264831543 n1_l3_affine_eq_52 0.6508772969245911
    n1_l1_affine_87 n1_l3_affine_eq_53 0.13161323964595795 n1_l3_affine_eq_54 -0.001287389430217445
    n1_l1_affine_87 n1_l3_affine_eq_55 -0.019162142649292946 n1_l3_affine_eq_56 -0.06755036860704422
    n1_l1_affine_87 n1_l3_affine_eq_57 -0.1439473181962967 n1_l3_affine_eq_58 0.13962657749652863
    n1_l1_affine_87 n1_l3_affine_eq_59 -0.06337183713912964 n1_l3_affine_eq_60 0.17578278481960297
    n1_l1_affine_87 n1_l3_affine_eq_61 -0.0959777683019638 n1_l3_affine_eq_62 0.030601821839809418
    n1_l1_affine_87 n1_l3_affine_eq_63 0.11210881173610687 n1_l3_affine_eq_64 -0.22073253989219666
    n1_l1_affine_87 n1_l3_affine_eq_65 -0.027497747913002968 n1_l3_affine_eq_66 0.06350992619991302
    n1_l1_affine_87 n1_l3_affine_eq_67 -0.014670321717858315 n1_l3_affine_eq_68 -0.34188681840896606
    n1_l1_affine_87 n1_l3_affine_eq_69 0.08234643191099167 n1_l3_affine_eq_70 -0.006731958594173193
    n1_l1_affine_87 n1_l3_affine_eq_71 -0.017450254410505295 n1_l3_affine_eq_72 -0.10071492940187454
    n1_l1_affine_87 n1_l3_affine_eq_73 -0.07619674503803253 n1_l3_affine_eq_74 0.04435611516237259
    n1_l1_affine_87 n1_l3_affine_eq_75 -0.058107685297727585 n1_l3_affine_eq_76 -0.03888193145394325
    n1_l1_affine_87 n1_l3_affine_eq_77 0.0035878047347068787 n1_l3_affine_eq_78 -0.18270103633403778
    n1_l1_affine_87 n1_l3_affine_eq_79 0.020144140347838402
    n1_l1_affine_88 n1_l1_affine_eq_88 1 n1_l3_affine_eq_0 0.2845917046070099
    n1_l1_affine_88 n1_l3_affine_eq_1 -0.3148103952407837 n1_l3_affine_eq_2 -0.10615392029285431
    n1_l1_affine_88 n1_l3_affine_eq_3 0.316417396068573 n1_l3_affine_eq_4 0.21061085164546967
    n1_l1_affine_88 n1_l3_affine_eq_5 -0.1206701248884201 n1_l3_affine_eq_6 0.6465148329734802
    n1_l1_affine_88 n1_l3_affine_eq_7 -0.3064279854297638 n1_l3_affine_eq_8 -0.07050353288650513
    n1_l1_affine_88 n1_l3_affine_eq_9 0.11826574802398682 n1_l3_affine_eq_10 -0.18269775807857513
    n1_l1_affine_88 n1_l3_affine_eq_11 0.12216074019670486 n1_l3_affine_eq_12 -0.01180884800851345
    n1_l1_affine_88 n1_l3_affine_eq_13 0.603071391582489 n1_l3_affine_eq_14 0.30888691544532776
    n1_l1_affine_88 n1_l3_affine_eq_15 -0.38747939467430115 n1_l3_affine_eq_16 -0.012652711942791939
    n1_l1_affine_88 n1_l3_affine_eq_17 -0.3716430366039276 n1_l3_affine_eq_18 0.3092274069786072
    n1_l1_affine_88 n1_l3_affine_eq_19 -0.20370638370513916 n1_l3_affine_eq_20 -0.31022804975509644
    n1_l1_affine_88 n1_l3_affine_eq_21 -0.22689944505691528 n1_l3_affine_eq_22 -0.005085514392703772
    n1_l1_affine_88 n1_l3_affine_eq_23 -0.24986304342746735 n1_l3_affine_eq_24 0.2381896674633026
    n1_l1_affine_88 n1_l3_affine_eq_25 0.32434263825416565 n1_l3_affine_eq_26 0.029286399483680725
    n1_l1_affine_88 n1_l3_affine_eq_27 -0.024903500452637672 n1_l3_affine_eq_28 0.07796089351177216
    n1_l1_affine_88 n1_l3_affine_eq_29 -0.21087168157100677 n1_l3_affine_eq_30 -0.17813703417778015
    n1_l1_affine_88 n1_l3_affine_eq_31 -0.08122492581605911 n1_l3_affine_eq_32 0.178222194314003
    n1_l1_affine_88 n1_l3_affine_eq_33 0.10239220410585403 n1_l3_affine_eq_34 -0.09752551466226578
    n1_l1_affine_88 n1_l3_affine_eq_35 0.0019327652407810092 n1_l3_affine_eq_36 0.14323876798152924
    n1_l1_affine_88 n1_l3_affine_eq_37 0.06883407384157181 n1_l3_affine_eq_38 -0.335055947303772
    n1_l1_affine_88 n1_l3_affine_eq_39 -0.21198125183582306 n1_l3_affine_eq_40 -0.01804143562912941
    n1_l1_affine_88 n1_l3_affine_eq_41 0.6676069498062134 n1_l3_affine_eq_42 -0.08635558933019638
    n1_l1_affine_88 n1_l3_affine_eq_43 -0.22702376544475555 n1_l3_affine_eq_44 0.04984855651855469
    n1_l1_affine_88 n1_l3_affine_eq_45 -0.053613074123859406 n1_l3_affine_eq_46 -0.07647096365690231
    n1_l1_affine_88 n1_l3_affine_eq_47 0.17617067694664001 n1_l3_affine_eq_48 -0.15390828251838684
    n1_l1_affine_88 n1_l3_affine_eq_49 0.002364546060562134 n1_l3_affine_eq_50 0.2194313406944275
    n1_l1_affine_88 n1_l3_affine_eq_51 -0.009027814492583275 n1_l3_affine_eq_52 -0.01275026798248291
    n1_l1_affine_88 n1_l3_affine_eq_53 0.05994155630469322 n1_l3_affine_eq_54 0.012098526582121849
    n1_l1_affine_88 n1_l3_affine_eq_55 0.12686431407928467 n1_l3_affine_eq_56 -0.12952306866645813
    n1_l1_affine_88 n1_l3_affine_eq_57 -0.12693849205970764 n1_l3_affine_eq_58 -0.00028344220481812954
    n1_l1_affine_88 n1_l3_affine_eq_59 -0.1539764702320099 n1_l3_affine_eq_60 0.13259665668010712
    n1_l1_affine_88 n1_l3_affine_eq_61 0.00566424336284399 n1_l3_affine_eq_62 0.022590771317481995
    n1_l1_affine_88 n1_l3_affine_eq_63 -0.13935090601444244 n1_l3_affine_eq_64 -0.22048161923885345
    n1_l1_affine_88 n1_l3_affine_eq_65 -0.29511165618896484 n1_l3_affine_eq_66 -0.2698902487754822
    n1_l1_affine_88 n1_l3_affine_eq_67 0.0022298404946923256 n1_l3_affine_eq_68 0.22732898592948914
    n1_l1_affine_88 n1_l3_affine_eq_69 -0.1070231944322586 n1_l3_affine_eq_70 0.35236963629722595
    n1_l1_affine_88 n1_l3_affine_eq_71 0.31363263726234436 n1_l3_affine_eq_72 -0.19950971007347107
    n1_l1_affine_88 n1_l3_affine_eq_73 0.1725395917892456 n1_l3_affine_eq_74 0.30299484729766846
    n1_l1_affine_88 n1_l3_affine_eq_75 0.13852688670158386 n1_l3_affine_eq_76 -0.016174620017409325
    n1_l1_affine_88 n1_l3_affine_eq_77 0.09947282820940018 n1_l3_affine_eq_78 -0.07095930725336075
    n1_l1_affine_88 n1_l3_affine_eq_79 -0.20496544241905212
    n1_l1_affine_89 n1_l1_affine_eq_89 1
    n1_l1_affine_90 n1_l1_affine_eq_90 1
    n1_l1_affine_91 n1_l1_affine_eq_91 1 n1_l3_affine_eq_0 0.11235540360212326
    n1_l1_affine_91 n1_l3_affine_eq_1 0.18676605820655823 n1_l3_affine_eq_2 -0.12599167227745056
    n1_l1_affine_91 n1_l3_affine_eq_3 0.20655247569084167 n1_l3_affine_eq_4 0.133041650056839
    n1_l1_affine_91 n1_l3_affine_eq_5 -0.24894776940345764 n1_l3_affine_eq_6 0.11856121569871902
    n1_l1_affine_91 n1_l3_affine_eq_7 -0.0733354389667511 n1_l3_affine_eq_8 -0.031294651329517365
    n1_l1_affine_91 n1_l3_affine_eq_9 -0.1114610806107521 n1_l3_affine_eq_10 0.18916110694408417
    n1_l1_affine_91 n1_l3_affine_eq_11 0.1572859138250351 n1_l3_affine_eq_12 -0.18550370633602142
    n1_l1_affine_91 n1_l3_affine_eq_13 0.11188411712646484 n1_l3_affine_eq_14 0.21739567816257477
    n1_l1_affine_91 n1_l3_affine_eq_15 0.01815367303788662 n1_l3_affine_eq_16 0.2307700365781784
    n1_l1_affine_91 n1_l3_affine_eq_17 0.3384532332420349 n1_l3_affine_eq_18 0.055325865745544434
    n1_l1_affine_91 n1_l3_affine_eq_19 0.1623879075050354 n1_l3_affine_eq_20 0.06088483706116676
    n1_l1_affine_91 n1_l3_affine_eq_21 -0.051979828625917435 n1_l3_affine_eq_22 -0.04984106495976448
    n1_l1_affine_91 n1_l3_affine_eq_23 -0.08218469470739365 n1_l3_affine_eq_24 0.21599052846431732
    n1_l1_affine_91 n1_l3_affine_eq_25 -0.1614801287651062 n1_l3_affine_eq_26 0.015126299113035202
    n1_l1_affine_91 n1_l3_affine_eq_27 -0.2108895629644394 n1_l3_affine_eq_28 -0.10274580121040344
    n1_l1_affine_91 n1_l3_affine_eq_29 0.09937082231044769 n1_l3_affine_eq_30 -0.23236684501171112
    n1_l1_affine_91 n1_l3_affine_eq_31 -0.06703952699899673 n1_l3_affine_eq_32 -0.1042267456650734
    n1_l1_affine_91 n1_l3_affine_eq_33 -0.01756136305630207 n1_l3_affine_eq_34 -0.025171471759676933
    n1_l1_affine_91 n1_l3_affine_eq_35 0.022460414096713066 n1_l3_affine_eq_36 -0.1344127207994461
    n1_l1_affine_91 n1_l3_affine_eq_37 0.05872659012675285 n1_l3_affine_eq_38 -0.06527656316757202
    n1_l1_affine_91 n1_l3_affine_eq_39 0.04624548554420471 n1_l3_affine_eq_40 0.17457498610019684
    n1_l1_affine_91 n1_l3_affine_eq_41 -0.23022039234638214 n1_l3_affine_eq_42 0.12349230796098709
    n1_l1_affine_91 n1_l3_affine_eq_43 0.024013392627239227 n1_l3_affine_eq_44 0.08203490078449249
    n1_l1_affine_91 n1_l3_affine_eq_45 0.10192862898111343 n1_l3_affine_eq_46 -0.2762956917285919
    n1_l1_affine_91 n1_l3_affine_eq_47 0.19743087887763977 n1_l3_affine_eq_48 0.007604361046105623
    n1_l1_affine_91 n1_l3_affine_eq_49 0.14136099815368652 n1_l3_affine_eq_50 0.13783852756023407
    n1_l1_affine_91 n1_l3_affine_eq_51 -0.14517910778522491 n1_l3_affine_eq_52 0.017332419753074646
    n1_l1_affine_91 n1_l3_affine_eq_53 0.09307481348514557 n1_l3_affine_eq_54 0.17624929547309875
    n1_l1_affine_91 n1_l3_affine_eq_55 0.1702813059091568 n1_l3_affine_eq_56 -0.08118940889835358
    n1_l1_affine_91 n1_l3_affine_eq_57 -0.06564566493034363 n1_l3_affine_eq_58 -0.012860096991062164
    n1_l1_affine_91 n1_l3_affine_eq_59 -0.018029065802693367 n1_l3_affine_eq_60 -0.17802706360816956
    n1_l1_affine_91 n1_l3_affine_eq_61 -0.11486966907978058 n1_l3_affine_eq_62 0.013576917350292206
    n1_l1_affine_91 n1_l3_affine_eq_63 -0.07871614396572113 n1_l3_affine_eq_64 0.0985742136836052
    n1_l1_affine_91 n1_l3_affine_eq_65 -0.3071633577346802 n1_l3_affine_eq_66 0.33529868721961975
    n1_l1_affine_91 n1_l3_affine_eq_67 0.1945941299200058 n1_l3_affine_eq_68 0.22786261141300201
    n1_l1_affine_91 n1_l3_affine_eq_69 0.09840255975723267 n1_l3_affine_eq_70 -0.31434136629104614
    n1_l1_affine_91 n1_l3_affine_eq_71 -0.07352417707443237 n1_l3_affine_eq_72 -0.15680661797523499
    n1_l1_affine_91 n1_l3_affine_eq_73 0.07824500650167465 n1_l3_affine_eq_74 -0.1361052393913269
    n1_l1_affine_91 n1_l3_affine_eq_75 -0.020346570760011673 n1_l3_affine_eq_76 0.06338513642549515
    n1_l1_affine_91 n1_l3_affine_eq_77 -0.04133202135562897 n1_l3_affine_eq_78 -0.062246210873126984
    n1_l1_affine_91 n1_l3_affine_eq_79 -0.09538304060697556
    n1_l1_affine_92 n1_l1_affine_eq_92 1 n1_l3_affine_eq_0 -0.12147101759910583
    n1_l1_affine_92 n1_l3_affine_eq_1 -0.5236733555793762 n1_l3_affine_eq_2 -0.063846655189991
    n1_l1_affine_92 n1_l3_affine_eq_3 0.1065276712179184 n1_l3_affine_eq_4 -0.12547366321086884
    n1_l1_affine_92 n1_l3_affine_eq_5 0.2636507451534271 n1_l3_affine_eq_6 -0.09629017859697342
    n1_l1_affine_92 n1_l3_affine_eq_7 -0.1297537237405777 n1_l3_affine_eq_8 0.16216233372688293
    n1_l1_affine_92 n1_l3_affine_eq_9 -0.1334420144557953 n1_l3_affine_eq_10 -0.04205303266644478
    n1_l1_affine_92 n1_l3_affine_eq_11 0.22795389592647552 n1_l3_affine_eq_12 -0.4494440257549286
    n1_l1_affine_92 n1_l3_affine_eq_13 -0.09998007863759995 n1_l3_affine_eq_14 0.0023482535034418106
    n1_l1_affine_92 n1_l3_affine_eq_15 0.1574409306049347 n1_l3_affine_eq_16 -0.16571614146232605
    n1_l1_affine_92 n1_l3_affine_eq_17 -0.021037504076957703 n1_l3_affine_eq_18 0.11651239544153214
    n1_l1_affine_92 n1_l3_affine_eq_19 -0.28589656949043274 n1_l3_affine_eq_20 -0.19116094708442688
    n1_l1_affine_92 n1_l3_affine_eq_21 -0.2089739590883255 n1_l3_affine_eq_22 0.22920924425125122
    n1_l1_affine_92 n1_l3_affine_eq_23 -0.21807019412517548 n1_l3_affine_eq_24 -0.2918640673160553
    n1_l1_affine_92 n1_l3_affine_eq_25 0.07949884235858917 n1_l3_affine_eq_26 -0.03761468827724457
    n1_l1_affine_92 n1_l3_affine_eq_27 -0.32896676659584045 n1_l3_affine_eq_28 -0.008168845437467098
    n1_l1_affine_92 n1_l3_affine_eq_29 -0.039674703031778336 n1_l3_affine_eq_30 0.19005684554576874
    n1_l1_affine_92 n1_l3_affine_eq_31 0.6698042154312134 n1_l3_affine_eq_32 0.0028249407187104225
    n1_l1_affine_92 n1_l3_affine_eq_33 0.17826715111732483 n1_l3_affine_eq_34 0.21341267228126526
    n1_l1_affine_92 n1_l3_affine_eq_35 -0.18882830440998077 n1_l3_affine_eq_36 0.1249665692448616
    n1_l1_affine_92 n1_l3_affine_eq_37 -0.14802710711956024 n1_l3_affine_eq_38 -0.2499927580356598
    n1_l1_affine_92 n1_l3_affine_eq_39 -0.07532351464033127 n1_l3_affine_eq_40 0.07656361907720566
    n1_l1_affine_92 n1_l3_affine_eq_41 0.04104821756482124 n1_l3_affine_eq_42 0.2065778523683548
    n1_l1_affine_92 n1_l3_affine_eq_43 0.25116196274757385 n1_l3_affine_eq_44 -0.22590067982673645
    n1_l1_affine_92 n1_l3_affine_eq_45 0.319384902715683 n1_l3_affine_eq_46 0.44221800565719604
    n1_l1_affine_92 n1_l3_affine_eq_47 0.13707321882247925 n1_l3_affine_eq_48 0.0397578701376915
    n1_l1_affine_92 n1_l3_affine_eq_49 0.023410022258758545 n1_l3_affine_eq_50 0.01289808563888073
    n1_l1_affine_92 n1_l3_affine_eq_51 -0.3875572383403778 n1_l3_affine_eq_52 0.03950357064604759
    n1_l1_affine_92 n1_l3_affine_eq_53 -0.028588704764842987 n1_l3_affine_eq_54 -0.0224375668913126
    n1_l1_affine_92 n1_l3_affine_eq_55 0.13766726851463318 n1_l3_affine_eq_56 -0.43667691946029663
    n1_l1_affine_92 n1_l3_affine_eq_57 -0.11393419653177261 n1_l3_affine_eq_58 0.02838774584233761
    n1_l1_affine_92 n1_l3_affine_eq_59 0.16577012836933136 n1_l3_affine_eq_60 0.21118994057178497
    n1_l1_affine_92 n1_l3_affine_eq_61 -0.3063817024230957 n1_l3_affine_eq_62 0.17982518672943115
    n1_l1_affine_92 n1_l3_affine_eq_63 0.30351001024246216 n1_l3_affine_eq_64 -0.1705636829137802
    n1_l1_affine_92 n1_l3_affine_eq_65 0.08290548622608185 n1_l3_affine_eq_66 -0.2079123854637146
    n1_l1_affine_92 n1_l3_affine_eq_67 -0.22261667251586914 n1_l3_affine_eq_68 -0.2596694827079773
    n1_l1_affine_92 n1_l3_affine_eq_69 -0.018033577129244804 n1_l3_affine_eq_70 -0.21587888896465302
    n1_l1_affine_92 n1_l3_affine_eq_71 0.19198255240917206 n1_l3_affine_eq_72 0.3799007534980774
    n1_l1_affine_92 n1_l3_affine_eq_73 0.0757540687918663 n1_l3_affine_eq_74 -0.2969449758529663
    n1_l1_affine_92 n1_l3_affine_eq_75 0.07510637491941452 n1_l3_affine_eq_76 -0.19242404401302338
    n1_l1_affine_92 n1_l3_affine_eq_77 0.2656620144844055 n1_l3_affine_eq_78 0.17857621610164642
    n1_l1_affine_92 n1_l3_affine_eq_79 -0.052053302526474
    n1_l1_affine_93 n1_l1_affine_eq_93 1 n1_l3_affine_eq_0 0.020273953676223755
    n1_l1_affine_93 n1_l3_affine_eq_1 -0.14509879052639008 n1_l3_affine_eq_2 0.12523220479488373
    n1_l1_affine_93 n1_l3_affine_eq_3 0.0283821914345026 n1_l3_affine_eq_4 0.3746839165687561
    n1_l1_affine_93 n1_l3_affine_eq_5 -0.0420040600001812 n1_l3_affine_eq_6 -0.04521125182509422
    n1_l1_affine_93 n1_l3_affine_eq_7 0.020351316779851913 n1_l3_affine_eq_8 -0.1763036698102951
    n1_l1_affine_93 n1_l3_affine_eq_9 -0.05696289986371994 n1_l3_affine_eq_10 0.07131753861904144
    n1_l1_affine_93 n1_l3_affine_eq_11 -0.022867746651172638 n1_l3_affine_eq_12 0.20310461521148682
    n1_l1_affine_93 n1_l3_affine_eq_13 -0.06242189556360245 n1_l3_affine_eq_14 0.07737651467323303
    n1_l1_affine_93 n1_l3_affine_eq_15 0.0662636086344719 n1_l3_affine_eq_16 0.19069814682006836
    n1_l1_affine_93 n1_l3_affine_eq_17 0.1659080982208252 n1_l3_affine_eq_18 0.3060799837112427
    n1_l1_affine_93 n1_l3_affine_eq_19 -0.17171883583068848 n1_l3_affine_eq_20 -0.08106932044029236
    n1_l1_affine_93 n1_l3_affine_eq_21 0.06603801250457764 n1_l3_affine_eq_22 -0.19646410644054413
    n1_l1_affine_93 n1_l3_affine_eq_23 -0.003785764565691352 n1_l3_affine_eq_24 0.45571595430374146
    n1_l1_affine_93 n1_l3_affine_eq_25 0.2849630117416382 n1_l3_affine_eq_26 0.029330240562558174
    n1_l1_affine_93 n1_l3_affine_eq_27 -0.12376239895820618 n1_l3_affine_eq_28 -0.2912321090698242
    n1_l1_affine_93 n1_l3_affine_eq_29 0.13767416775226593 n1_l3_affine_eq_30 0.017427146434783936
    n1_l1_affine_93 n1_l3_affine_eq_31 0.14749830961227417 n1_l3_affine_eq_32 -0.011327268555760384
    n1_l1_affine_93 n1_l3_affine_eq_33 -0.11475341767072678 n1_l3_affine_eq_34 -0.12423144280910492
    n1_l1_affine_93 n1_l3_affine_eq_35 0.06053253263235092 n1_l3_affine_eq_36 0.190044105052948
    n1_l1_affine_93 n1_l3_affine_eq_37 0.40989306569099426 n1_l3_affine_eq_38 -0.08723250776529312
    n1_l1_affine_93 n1_l3_affine_eq_39 -0.09054604917764664 n1_l3_affine_eq_40 0.07286662608385086
    n1_l1_affine_93 n1_l3_affine_eq_41 0.19783714413642883 n1_l3_affine_eq_42 -0.1749456226825714
    n1_l1_affine_93 n1_l3_affine_eq_43 -0.01871386542916298 n1_l3_affine_eq_44 0.008008424192667007
    n1_l1_affine_93 n1_l3_affine_eq_45 0.18980342149734497 n1_l3_affine_eq_46 -0.10337098687887192
    n1_l1_affine_93 n1_l3_affine_eq_47 -0.2777197062969208 n1_l3_affine_eq_48 -0.046590015292167664
    n1_l1_affine_93 n1_l3_affine_eq_49 0.06181606650352478 n1_l3_affine_eq_50 0.2036985456943512
    n1_l1_affine_93 n1_l3_affine_eq_51 -0.04477730765938759 n1_l3_affine_eq_52 0.16579464077949524
    n1_l1_affine_93 n1_l3_affine_eq_53 0.11739195883274078 n1_l3_affine_eq_54 0.125202015042305
    n1_l1_affine_93 n1_l3_affine_eq_55 0.12824957072734833 n1_l3_affine_eq_56 -0.2606247365474701
    n1_l1_affine_93 n1_l3_affine_eq_57 -0.17054694890975952 n1_l3_affine_eq_58 -0.19723884761333466
    n1_l1_affine_93 n1_l3_affine_eq_59 -0.07771977037191391 n1_l3_affine_eq_60 -0.08005242049694061
    n1_l1_affine_93 n1_l3_affine_eq_61 -0.02932160161435604 n1_l3_affine_eq_62 -0.20790112018585205
    n1_l1_affine_93 n1_l3_affine_eq_63 0.08348312973976135 n1_l3_affine_eq_64 0.19588804244995117
    n1_l1_affine_93 n1_l3_affine_eq_65 0.050596777349710464 n1_l3_affine_eq_66 -0.07596930861473083
    n1_l1_affine_93 n1_l3_affine_eq_67 0.21766464412212372 n1_l3_affine_eq_68 0.10939650237560272
    n1_l1_affine_93 n1_l3_affine_eq_69 -0.12013348937034607 n1_l3_affine_eq_70 -0.06687498837709427
    n1_l1_affine_93 n1_l3_affine_eq_71 -0.004751682281494141 n1_l3_affine_eq_72 0.1581243872642517
    n1_l1_affine_93 n1_l3_affine_eq_73 -0.14390091598033905 n1_l3_affine_eq_74 -0.09048787504434586
    n1_l1_affine_93 n1_l3_affine_eq_75 -0.43006646633148193 n1_l3_affine_eq_76 -0.1865645945072174
    n1_l1_affine_93 n1_l3_affine_eq_77 -0.11448680609464645 n1_l3_affine_eq_78 0.01051432453095913
    n1_l1_affine_93 n1_l3_affine_eq_79 0.017735973000526428
    n1_l1_affine_94 n1_l1_affine_eq_94 1
    n1_l1_affine_95 n1_l1_affine_eq_95 1 n1_l3_affine_eq_0 -0.06538935750722885
    n1_l1_affine_95 n1_l3_affine_eq_1 0.24842293560504913 n1_l3_affine_eq_2 0.18861554563045502
    n1_l1_affine_95 n1_l3_affine_eq_3 -0.11205847561359406 n1_l3_affine_eq_4 0.3147176504135132
    n1_l1_affine_95 n1_l3_affine_eq_5 0.018826674669981003 n1_l3_affine_eq_6 -0.09262362867593765
    n1_l1_affine_95 n1_l3_affine_eq_7 -0.06507023423910141 n1_l3_affine_eq_8 -0.03060762770473957
    n1_l1_affine_95 n1_l3_affine_eq_9 0.015674836933612823 n1_l3_affine_eq_10 0.15273341536521912
    n1_l1_affine_95 n1_l3_affine_eq_11 -0.041663046926259995 n1_l3_affine_eq_12 0.08213528245687485
    n1_l1_affine_95 n1_l3_affine_eq_13 -0.31467244029045105 n1_l3_affine_eq_14 -0.09777293354272842
    n1_l1_affine_95 n1_l3_affine_eq_15 -0.20689702033996582 n1_l3_affine_eq_16 -0.06356900185346603
    n1_l1_affine_95 n1_l3_affine_eq_17 0.01218942366540432 n1_l3_affine_eq_18 0.32407620549201965
    n1_l1_affine_95 n1_l3_affine_eq_19 -0.038343414664268494 n1_l3_affine_eq_20 -0.33636415004730225
    n1_l1_affine_95 n1_l3_affine_eq_21 -0.15913252532482147 n1_l3_affine_eq_22 0.06513708084821701
    n1_l1_affine_95 n1_l3_affine_eq_23 0.11572359502315521 n1_l3_affine_eq_24 0.3316347897052765
    n1_l1_affine_95 n1_l3_affine_eq_25 -0.1080421432852745 n1_l3_affine_eq_26 0.12575320899486542
    n1_l1_affine_95 n1_l3_affine_eq_27 -0.17709775269031525 n1_l3_affine_eq_28 -0.03277013823390007
    n1_l1_affine_95 n1_l3_affine_eq_29 0.2598607540130615 n1_l3_affine_eq_30 -0.06418463587760925
    n1_l1_affine_95 n1_l3_affine_eq_31 -0.06768381595611572 n1_l3_affine_eq_32 0.05529526621103287
    n1_l1_affine_95 n1_l3_affine_eq_33 -0.1745593398809433 n1_l3_affine_eq_34 0.16976584494113922
    n1_l1_affine_95 n1_l3_affine_eq_35 0.18135960400104523 n1_l3_affine_eq_36 -0.008985448628664017
    n1_l1_affine_95 n1_l3_affine_eq_37 -0.0198702160269022 n1_l3_affine_eq_38 -0.10412563383579254
    n1_l1_affine_95 n1_l3_affine_eq_39 -0.3318917155265808 n1_l3_affine_eq_40 0.08116540312767029
    n1_l1_affine_95 n1_l3_affine_eq_41 0.18403220176696777 n1_l3_affine_eq_42 -0.03771356865763664
    n1_l1_affine_95 n1_l3_affine_eq_43 0.18711033463478088 n1_l3_affine_eq_44 0.05302935838699341
    n1_l1_affine_95 n1_l3_affine_eq_45 0.10774888843297958 n1_l3_affine_eq_46 -0.06327430158853531
    n1_l1_affine_95 n1_l3_affine_eq_47 -0.1555141657590866 n1_l3_affine_eq_48 -0.3010372519493103
    n1_l1_affine_95 n1_l3_affine_eq_49 0.21548819541931152 n1_l3_affine_eq_50 0.17737340927124023
    n1_l1_affine_95 n1_l3_affine_eq_51 0.09556468576192856 n1_l3_affine_eq_52 0.16348063945770264
    n1_l1_affine_95 n1_l3_affine_eq_53 0.1383974850177765 n1_l3_affine_eq_54 0.21199502050876617
    n1_l1_affine_95 n1_l3_affine_eq_55 -0.02864491380751133 n1_l3_affine_eq_56 -0.1741148680448532
    n1_l1_affine_95 n1_l3_affine_eq_57 -0.233872652053833 n1_l3_affine_eq_58 -0.14530128240585327
    n1_l1_affine_95 n1_l3_affine_eq_59 0.11692086607217789 n1_l3_affine_eq_60 0.15201011300086975
    n1_l1_affine_95 n1_l3_affine_eq_61 0.19309699535369873 n1_l3_affine_eq_62 -0.1624779999256134
    n1_l1_affine_95 n1_l3_affine_eq_63 0.15733575820922852 n1_l3_affine_eq_64 -0.09609179198741913
    n1_l1_affine_95 n1_l3_affine_eq_65 -0.1535031944513321 n1_l3_affine_eq_66 -0.016721492633223534
    n1_l1_affine_95 n1_l3_affine_eq_67 -0.1461142748594284 n1_l3_affine_eq_68 0.057383425533771515
    n1_l1_affine_95 n1_l3_affine_eq_69 0.04133409634232521 n1_l3_affine_eq_70 -0.11741282045841217
    n1_l1_affine_95 n1_l3_affine_eq_71 0.17722013592720032 n1_l3_affine_eq_72 -0.12206042557954788
    n1_l1_affine_95 n1_l3_affine_eq_73 -0.11243204027414322 n1_l3_affine_eq_74 -0.07578939944505692
    n1_l1_affine_95 n1_l3_affine_eq_75 -0.05265634134411812 n1_l3_affine_eq_76 0.02366762049496174
    n1_l1_affine_95 n1_l3_affine_eq_77 -0.23933325707912445 n1_l3_affine_eq_78 -0.23245269060134888
    n1_l1_affine_95 n1_l3_affine_eq_79 0.011167709715664387
    n1_l1_affine_96 n1_l1_affine_eq_96 1 n1_l2_relu_ge_96 -1
    n1_l1_affine_96 n1_l2_relu_off_96 -1
    n1_l1_affine_97 n1_l1_affine_eq_97 1
    n1_l1_affine_98 n1_l1_affine_eq_98 1
    n1_l1_affine_99 n1_l1_affine_eq_99 1
    n1_l2_relu_24 n1_l2_relu_ge_24 1 n1_l2_relu_on_24 1
    n1_l2_relu_24 n1_l2_relu_off_24 1 n1_l3_affine_eq_0 -0.5056817531585693
    n1_l2_relu_24 n1_l3_affine_eq_1 0.004046869929879904 n1_l3_affine_eq_2 -0.014097225852310658
    n1_l2_relu_24 n1_l3_affine_eq_3 0.07866429537534714 n1_l3_affine_eq_4 0.01915801502764225
    n1_l2_relu_24 n1_l3_affine_eq_5 0.15406738221645355 n1_l3_affine_eq_6 -0.16093657910823822
    n1_l2_relu_24 n1_l3_affine_eq_7 0.058734044432640076 n1_l3_affine_eq_8 -0.090946726500988
    n1_l2_relu_24 n1_l3_affine_eq_9 0.04798150435090065 n1_l3_affine_eq_10 0.059504978358745575
    n1_l2_relu_24 n1_l3_affine_eq_11 0.35621070861816406 n1_l3_affine_eq_12 -0.08751192688941956
    n1_l2_relu_24 n1_l3_affine_eq_13 -0.05387900024652481 n1_l3_affine_eq_14 0.25233250856399536
    n1_l2_relu_24 n1_l3_affine_eq_15 -0.09630349278450012 n1_l3_affine_eq_16 -0.3877919912338257
    n1_l2_relu_24 n1_l3_affine_eq_17 0.42921432852745056 n1_l3_affine_eq_18 -0.14118485152721405
    n1_l2_relu_24 n1_l3_affine_eq_19 -0.32870587706565857 n1_l3_affine_eq_20 -0.08923168480396271
    n1_l2_relu_24 n1_l3_affine_eq_21 -0.053463250398635864 n1_l3_affine_eq_22 0.26101940870285034
    n1_l2_relu_24 n1_l3_affine_eq_23 -0.3588796555995941 n1_l3_affine_eq_24 -0.07862186431884766
    n1_l2_relu_24 n1_l3_affine_eq_25 -0.2467869222164154 n1_l3_affine_eq_26 0.18786081671714783
    n1_l2_relu_24 n1_l3_affine_eq_27 -0.18837904930114746 n1_l3_affine_eq_28 0.4869718551635742
    n1_l2_relu_24 n1_l3_affine_eq_29 0.037263885140419006 n1_l3_affine_eq_30 0.3753371834754944
    n1_l2_relu_24 n1_l3_affine_eq_31 -0.08043156564235687 n1_l3_affine_eq_32 0.00874046329408884
    n1_l2_relu_24 n1_l3_affine_eq_33 -0.0549163781106472 n1_l3_affine_eq_34 0.05983997881412506
    n1_l2_relu_24 n1_l3_affine_eq_35 0.08021323382854462 n1_l3_affine_eq_36 0.12661901116371155
    n1_l2_relu_24 n1_l3_affine_eq_37 -0.12946216762065887 n1_l3_affine_eq_38 0.2496480941772461
    n1_l2_relu_24 n1_l3_affine_eq_39 -0.11988438665866852 n1_l3_affine_eq_40 0.1943071186542511
    n1_l2_relu_24 n1_l3_affine_eq_41 0.2454846352338791 n1_l3_affine_eq_42 0.22612535953521729
    n1_l2_relu_24 n1_l3_affine_eq_43 -0.22766955196857452 n1_l3_affine_eq_44 -0.28016313910484314
    n1_l2_relu_24 n1_l3_affine_eq_45 0.5871408581733704 n1_l3_affine_eq_46 -0.04019195958971977
    n1_l2_relu_24 n1_l3_affine_eq_47 -0.023337531834840775 n1_l3_affine_eq_48 0.013333299197256565
    n1_l2_relu_24 n1_l3_affine_eq_49 0.0038589260075241327 n1_l3_affine_eq_50 -0.05741963908076286
    n1_l2_relu_24 n1_l3_affine_eq_51 0.03660658374428749 n1_l3_affine_eq_52 -0.22031870484352112
    n1_l2_relu_24 n1_l3_affine_eq_53 0.10925286263227463 n1_l3_affine_eq_54 -0.03497283160686493
    n1_l2_relu_24 n1_l3_affine_eq_55 -0.10374843329191208 n1_l3_affine_eq_56 -0.040344540029764175
    n1_l2_relu_24 n1_l3_affine_eq_57 -0.13278010487556458 n1_l3_affine_eq_58 0.12062709778547287
    n1_l2_relu_24 n1_l3_affine_eq_59 -0.003602472599595785 n1_l3_affine_eq_60 -0.050378695130348206
    n1_l2_relu_24 n1_l3_affine_eq_61 -0.10143683850765228 n1_l3_affine_eq_62 -0.09392023086547852
    n1_l2_relu_24 n1_l3_affine_eq_63 0.06489921361207962 n1_l3_affine_eq_64 -0.1349540650844574
    n1_l2_relu_24 n1_l3_affine_eq_65 0.2309975028038025 n1_l3_affine_eq_66 0.03172673285007477
    n1_l2_relu_24 n1_l3_affine_eq_67 0.06756437569856644 n1_l3_affine_eq_68 -0.07657446712255478
    n1_l2_relu_24 n1_l3_affine_eq_69 -0.12163054943084717 n1_l3_affine_eq_70 -0.07974140346050262
    n1_l2_relu_24 n1_l3_affine_eq_71 0.4597243666648865 n1_l3_affine_eq_72 -0.1117858812212944
    n1_l2_relu_24 n1_l3_affine_eq_73 -0.03397051617503166 n1_l3_affine_eq_74 -0.15238884091377258
    n1_l2_relu_24 n1_l3_affine_eq_75 0.12550592422485352 n1_l3_affine_eq_76 -0.14909394085407257
    n1_l2_relu_24 n1_l3_affine_eq_77 -0.1182558536529541 n1_l3_affine_eq_78 -0.14991848170757294
    n1_l2_relu_24 n1_l3_affine_eq_79 -0.04825987666845322
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_24 n1_l2_relu_on_24 -0.024306572299492468 n1_l2_relu_off_24 0.07795698734613894
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_37 n1_l2_relu_ge_37 1 n1_l2_relu_on_37 1
    n1_l2_relu_37 n1_l2_relu_off_37 1 n1_l3_affine_eq_0 0.31101590394973755
    n1_l2_relu_37 n1_l3_affine_eq_1 0.21715545654296875 n1_l3_affine_eq_2 -0.1831022948026657
    n1_l2_relu_37 n1_l3_affine_eq_3 0.050132911652326584 n1_l3_affine_eq_4 0.4848923087120056
    n1_l2_relu_37 n1_l3_affine_eq_5 -0.2603398859500885 n1_l3_affine_eq_6 0.11571169644594193
    n1_l2_relu_37 n1_l3_affine_eq_7 -0.1962239146232605 n1_l3_affine_eq_8 0.04873578995466232
    n1_l2_relu_37 n1_l3_affine_eq_9 -0.3211601674556732 n1_l3_affine_eq_10 -0.0010340006556361914
    n1_l2_relu_37 n1_l3_affine_eq_11 -0.19333407282829285 n1_l3_affine_eq_12 -0.10410389304161072
    n1_l2_relu_37 n1_l3_affine_eq_13 0.14975589513778687 n1_l3_affine_eq_14 -0.20505541563034058
    n1_l2_relu_37 n1_l3_affine_eq_15 -0.15138490498065948 n1_l3_affine_eq_16 0.19410467147827148
    n1_l2_relu_37 n1_l3_affine_eq_17 0.2950924038887024 n1_l3_affine_eq_18 -0.1169169619679451
    n1_l2_relu_37 n1_l3_affine_eq_19 0.16211867332458496 n1_l3_affine_eq_20 -0.1956935077905655
    n1_l2_relu_37 n1_l3_affine_eq_21 0.4368897080421448 n1_l3_affine_eq_22 -0.17852778732776642
    n1_l2_relu_37 n1_l3_affine_eq_23 -0.25088027119636536 n1_l3_affine_eq_24 0.10811997950077057
    n1_l2_relu_37 n1_l3_affine_eq_25 -0.16598734259605408 n1_l3_affine_eq_26 -0.12778742611408234
    n1_l2_relu_37 n1_l3_affine_eq_27 0.19841277599334717 n1_l3_affine_eq_28 0.2009962797164917
    n1_l2_relu_37 n1_l3_affine_eq_29 -0.14374184608459473 n1_l3_affine_eq_30 0.09124115854501724
    n1_l2_relu_37 n1_l3_affine_eq_31 -0.0629056766629219 n1_l3_affine_eq_32 -0.016883131116628647
    n1_l2_relu_37 n1_l3_affine_eq_33 -0.1178571954369545 n1_l3_affine_eq_34 -0.20175746083259583
    n1_l2_relu_37 n1_l3_affine_eq_35 -0.16659650206565857 n1_l3_affine_eq_36 -0.14536164700984955
    n1_l2_relu_37 n1_l3_affine_eq_37 -0.1398480236530304 n1_l3_affine_eq_38 -0.013415751978754997
    n1_l2_relu_37 n1_l3_affine_eq_39 0.05321287363767624 n1_l3_affine_eq_40 0.020485570654273033
    n1_l2_relu_37 n1_l3_affine_eq_41 -0.05226615071296692 n1_l3_affine_eq_42 -0.0655757412314415
    n1_l2_relu_37 n1_l3_affine_eq_43 0.22433699667453766 n1_l3_affine_eq_44 -0.19106543064117432
    n1_l2_relu_37 n1_l3_affine_eq_45 -0.08714411407709122 n1_l3_affine_eq_46 0.060826823115348816
    n1_l2_relu_37 n1_l3_affine_eq_47 -0.02821901999413967 n1_l3_affine_eq_48 -0.01749955490231514
    n1_l2_relu_37 n1_l3_affine_eq_49 0.07603511214256287 n1_l3_affine_eq_50 0.08911357820034027
    n1_l2_relu_37 n1_l3_affine_eq_51 -0.11062750220298767 n1_l3_affine_eq_52 0.0699133351445198
    n1_l2_relu_37 n1_l3_affine_eq_53 0.267123818397522 n1_l3_affine_eq_54 0.07145345956087112
    n1_l2_relu_37 n1_l3_affine_eq_55 -0.16321125626564026 n1_l3_affine_eq_56 -0.029528705403208733
    n1_l2_relu_37 n1_l3_affine_eq_57 0.36131545901298523 n1_l3_affine_eq_58 0.11552896350622177
    n1_l2_relu_37 n1_l3_affine_eq_59 -0.3986891508102417 n1_l3_affine_eq_60 -0.08458591997623444
    n1_l2_relu_37 n1_l3_affine_eq_61 -0.15605191886425018 n1_l3_affine_eq_62 0.18552719056606293
    n1_l2_relu_37 n1_l3_affine_eq_63 -0.005382127594202757 n1_l3_affine_eq_64 -0.1906590312719345
    n1_l2_relu_37 n1_l3_affine_eq_65 0.12212395668029785 n1_l3_affine_eq_66 -0.03674999624490738
    n1_l2_relu_37 n1_l3_affine_eq_67 -0.14240334928035736 n1_l3_affine_eq_68 0.03085390292108059
    n1_l2_relu_37 n1_l3_affine_eq_69 0.2221243679523468 n1_l3_affine_eq_70 -0.27572953701019287
    n1_l2_relu_37 n1_l3_affine_eq_71 0.12638422846794128 n1_l3_affine_eq_72 0.05358486622571945
    n1_l2_relu_37 n1_l3_affine_eq_73 -0.10771563649177551 n1_l3_affine_eq_74 -0.012533249333500862
    n1_l2_relu_37 n1_l3_affine_eq_75 -0.10334064066410065 n1_l3_affine_eq_76 -0.025105083361268044
    n1_l2_relu_37 n1_l3_affine_eq_77 -0.09224437922239304 n1_l3_affine_eq_78 0.011074651964008808
    n1_l2_relu_37 n1_l3_affine_eq_79 -0.04466528072953224
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_37 n1_l2_relu_on_37 -0.02528675786123913 n1_l2_relu_off_37 0.05114455463328177
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_44 n1_l2_relu_ge_44 1 n1_l2_relu_on_44 1
    n1_l2_relu_44 n1_l2_relu_off_44 1 n1_l3_affine_eq_0 -0.13179375231266022
    n1_l2_relu_44 n1_l3_affine_eq_1 0.05272223427891731 n1_l3_affine_eq_2 0.07881194353103638
    n1_l2_relu_44 n1_l3_affine_eq_3 -0.20932377874851227 n1_l3_affine_eq_4 -0.16721802949905396
    n1_l2_relu_44 n1_l3_affine_eq_5 -0.2346043735742569 n1_l3_affine_eq_6 -0.1927265226840973
    n1_l2_relu_44 n1_l3_affine_eq_7 0.4536353349685669 n1_l3_affine_eq_8 0.05043649300932884
    n1_l2_relu_44 n1_l3_affine_eq_9 0.3274655044078827 n1_l3_affine_eq_10 0.6856129169464111
    n1_l2_relu_44 n1_l3_affine_eq_11 0.0189590435475111 n1_l3_affine_eq_12 0.13371828198432922
    n1_l2_relu_44 n1_l3_affine_eq_13 0.10093052685260773 n1_l3_affine_eq_14 -0.20659123361110687
    n1_l2_relu_44 n1_l3_affine_eq_15 -0.21114814281463623 n1_l3_affine_eq_16 0.2016943246126175
    n1_l2_relu_44 n1_l3_affine_eq_17 0.39091596007347107 n1_l3_affine_eq_18 -0.0921202301979065
    n1_l2_relu_44 n1_l3_affine_eq_19 0.20098397135734558 n1_l3_affine_eq_20 0.004513828083872795
    n1_l2_relu_44 n1_l3_affine_eq_21 0.2683931589126587 n1_l3_affine_eq_22 -0.08301551640033722
    n1_l2_relu_44 n1_l3_affine_eq_23 0.13988496363162994 n1_l3_affine_eq_24 0.25436651706695557
    n1_l2_relu_44 n1_l3_affine_eq_25 0.10597362369298935 n1_l3_affine_eq_26 0.17872029542922974
    n1_l2_relu_44 n1_l3_affine_eq_27 0.09758541733026505 n1_l3_affine_eq_28 -0.3089003562927246
    n1_l2_relu_44 n1_l3_affine_eq_29 -0.1854405552148819 n1_l3_affine_eq_30 0.06906026601791382
    n1_l2_relu_44 n1_l3_affine_eq_31 -0.3146525025367737 n1_l3_affine_eq_32 -0.10598544031381607
    n1_l2_relu_44 n1_l3_affine_eq_33 -0.08494424819946289 n1_l3_affine_eq_34 -0.028124762699007988
    n1_l2_relu_44 n1_l3_affine_eq_35 -0.2390941083431244 n1_l3_affine_eq_36 -0.04488829895853996
    n1_l2_relu_44 n1_l3_affine_eq_37 0.5948616862297058 n1_l3_affine_eq_38 -0.2636052370071411
    n1_l2_relu_44 n1_l3_affine_eq_39 0.10676345974206924 n1_l3_affine_eq_40 -0.0008910712203942239
    n1_l2_relu_44 n1_l3_affine_eq_41 0.34284594655036926 n1_l3_affine_eq_42 0.048241402953863144
    n1_l2_relu_44 n1_l3_affine_eq_43 -0.0910741537809372 n1_l3_affine_eq_44 -0.10836003720760345
    n1_l2_relu_44 n1_l3_affine_eq_45 0.004477942828088999 n1_l3_affine_eq_46 0.12395966798067093
    n1_l2_relu_44 n1_l3_affine_eq_47 0.005903777200728655 n1_l3_affine_eq_48 -0.13351501524448395
    n1_l2_relu_44 n1_l3_affine_eq_49 -0.018921585753560066 n1_l3_affine_eq_50 -0.059195082634687424
    n1_l2_relu_44 n1_l3_affine_eq_51 -0.02887621708214283 n1_l3_affine_eq_52 -0.21973243355751038
    n1_l2_relu_44 n1_l3_affine_eq_53 -0.016909373924136162 n1_l3_affine_eq_54 -0.028454812243580818
    n1_l2_relu_44 n1_l3_affine_eq_55 -0.3682025074958801 n1_l3_affine_eq_56 0.20762452483177185
    n1_l2_relu_44 n1_l3_affine_eq_57 -0.22493523359298706 n1_l3_affine_eq_58 -0.046193305402994156
    n1_l2_relu_44 n1_l3_affine_eq_59 0.013259739615023136 n1_l3_affine_eq_60 -0.09815260767936707
    n1_l2_relu_44 n1_l3_affine_eq_61 -0.3219303488731384 n1_l3_affine_eq_62 0.14456288516521454
    n1_l2_relu_44 n1_l3_affine_eq_63 0.010156197473406792 n1_l3_affine_eq_64 0.38782867789268494
    n1_l2_relu_44 n1_l3_affine_eq_65 -0.1856132596731186 n1_l3_affine_eq_66 0.10540648549795151
    n1_l2_relu_44 n1_l3_affine_eq_67 -0.09991435706615448 n1_l3_affine_eq_68 0.1978803426027298
    n1_l2_relu_44 n1_l3_affine_eq_69 0.01981179602444172 n1_l3_affine_eq_70 0.05945360288023949
    n1_l2_relu_44 n1_l3_affine_eq_71 -0.09601092338562012 n1_l3_affine_eq_72 -0.021192297339439392
    n1_l2_relu_44 n1_l3_affine_eq_73 0.16213923692703247 n1_l3_affine_eq_74 0.15935562551021576
    n1_l2_relu_44 n1_l3_affine_eq_75 0.05626349523663521 n1_l3_affine_eq_76 -0.12374155968427658
    n1_l2_relu_44 n1_l3_affine_eq_77 -0.11694822460412979 n1_l3_affine_eq_78 -0.04521263763308525
    n1_l2_relu_44 n1_l3_affine_eq_79 0.37167343497276306
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_44 n1_l2_relu_on_44 -0.061525880769009056 n1_l2_relu_off_44 0.023473833964846133
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_57 n1_l2_relu_ge_57 1 n1_l2_relu_on_57 1
    n1_l2_relu_57 n1_l2_relu_off_57 1 n1_l3_affine_eq_0 -0.17455577850341797
    n1_l2_relu_57 n1_l3_affine_eq_1 -0.22798967361450195 n1_l3_affine_eq_2 0.16861452162265778
    n1_l2_relu_57 n1_l3_affine_eq_3 0.14051403105258942 n1_l3_affine_eq_4 0.1277996003627777
    n1_l2_relu_57 n1_l3_affine_eq_5 -0.13613459467887878 n1_l3_affine_eq_6 0.0009698666399344802
    n1_l2_relu_57 n1_l3_affine_eq_7 -0.03710700199007988 n1_l3_affine_eq_8 -0.08291123807430267
    n1_l2_relu_57 n1_l3_affine_eq_9 -0.17156367003917694 n1_l3_affine_eq_10 -0.2440337836742401
    n1_l2_relu_57 n1_l3_affine_eq_11 0.32061487436294556 n1_l3_affine_eq_12 0.07731351256370544
    n1_l2_relu_57 n1_l3_affine_eq_13 0.15326380729675293 n1_l3_affine_eq_14 -0.05960562452673912
    n1_l2_relu_57 n1_l3_affine_eq_15 -0.09823493659496307 n1_l3_affine_eq_16 -0.10759418457746506
    n1_l2_relu_57 n1_l3_affine_eq_17 -0.2719397246837616 n1_l3_affine_eq_18 -0.3203258514404297
    n1_l2_relu_57 n1_l3_affine_eq_19 0.09960079193115234 n1_l3_affine_eq_20 -0.3507715165615082
    n1_l2_relu_57 n1_l3_affine_eq_21 0.34155428409576416 n1_l3_affine_eq_22 0.18073725700378418
    n1_l2_relu_57 n1_l3_affine_eq_23 0.1485849916934967 n1_l3_affine_eq_24 -0.28046947717666626
    n1_l2_relu_57 n1_l3_affine_eq_25 0.0043852184899151325 n1_l3_affine_eq_26 0.17439177632331848
    n1_l2_relu_57 n1_l3_affine_eq_27 -0.018861090764403343 n1_l3_affine_eq_28 0.022464880719780922
    n1_l2_relu_57 n1_l3_affine_eq_29 0.049743883311748505 n1_l3_affine_eq_30 0.15857639908790588
    n1_l2_relu_57 n1_l3_affine_eq_31 -0.21980471909046173 n1_l3_affine_eq_32 -0.008750434964895248
    n1_l2_relu_57 n1_l3_affine_eq_33 -0.1769217997789383 n1_l3_affine_eq_34 0.07913635671138763
    n1_l2_relu_57 n1_l3_affine_eq_35 -0.360933780670166 n1_l3_affine_eq_36 0.07854528725147247
    n1_l2_relu_57 n1_l3_affine_eq_37 -0.15372924506664276 n1_l3_affine_eq_38 -0.36696159839630127
    n1_l2_relu_57 n1_l3_affine_eq_39 0.07428887486457825 n1_l3_affine_eq_40 0.023956067860126495
    n1_l2_relu_57 n1_l3_affine_eq_41 0.2922419309616089 n1_l3_affine_eq_42 0.07581863552331924
    n1_l2_relu_57 n1_l3_affine_eq_43 0.19606614112854004 n1_l3_affine_eq_44 -0.2570415437221527
    n1_l2_relu_57 n1_l3_affine_eq_45 0.4709802269935608 n1_l3_affine_eq_46 0.1546296626329422
    n1_l2_relu_57 n1_l3_affine_eq_47 0.04966620355844498 n1_l3_affine_eq_48 0.15043511986732483
    n1_l2_relu_57 n1_l3_affine_eq_49 0.020787319168448448 n1_l3_affine_eq_50 -0.12716232240200043
    n1_l2_relu_57 n1_l3_affine_eq_51 0.3007071614265442 n1_l3_affine_eq_52 -0.25060614943504333
    n1_l2_relu_57 n1_l3_affine_eq_53 -0.03655650094151497 n1_l3_affine_eq_54 -0.030777178704738617
    n1_l2_relu_57 n1_l3_affine_eq_55 -0.20370575785636902 n1_l3_affine_eq_56 -0.18806490302085876
    n1_l2_relu_57 n1_l3_affine_eq_57 -0.01152780931442976 n1_l3_affine_eq_58 0.33936604857444763
    n1_l2_relu_57 n1_l3_affine_eq_59 -0.11115382611751556 n1_l3_affine_eq_60 0.023284386843442917
    n1_l2_relu_57 n1_l3_affine_eq_61 -0.19364337623119354 n1_l3_affine_eq_62 -0.008609071373939514
    n1_l2_relu_57 n1_l3_affine_eq_63 -0.08765806257724762 n1_l3_affine_eq_64 -0.09590122103691101
    n1_l2_relu_57 n1_l3_affine_eq_65 0.315167635679245 n1_l3_affine_eq_66 -0.22178234159946442
    n1_l2_relu_57 n1_l3_affine_eq_67 -0.035866864025592804 n1_l3_affine_eq_68 -0.05016710236668587
    n1_l2_relu_57 n1_l3_affine_eq_69 -0.13312983512878418 n1_l3_affine_eq_70 0.18930722773075104
    n1_l2_relu_57 n1_l3_affine_eq_71 0.40808650851249695 n1_l3_affine_eq_72 0.13106781244277954
    n1_l2_relu_57 n1_l3_affine_eq_73 -0.03259897232055664 n1_l3_affine_eq_74 0.021067192777991295
    n1_l2_relu_57 n1_l3_affine_eq_75 -0.08625920861959457 n1_l3_affine_eq_76 -0.14621688425540924
    n1_l2_relu_57 n1_l3_affine_eq_77 -0.1630019098520279 n1_l3_affine_eq_78 -0.059178221970796585
    n1_l2_relu_57 n1_l3_affine_eq_79 -0.3853173851966858
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_57 n1_l2_relu_on_57 -0.007001132988742518 n1_l2_relu_off_57 0.08422717340236274
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_58 n1_l2_relu_ge_58 1 n1_l2_relu_on_58 1
    n1_l2_relu_58 n1_l2_relu_off_58 1 n1_l3_affine_eq_0 0.15933510661125183
    n1_l2_relu_58 n1_l3_affine_eq_1 0.1269686073064804 n1_l3_affine_eq_2 0.05059611424803734
    n1_l2_relu_58 n1_l3_affine_eq_3 0.033745475113391876 n1_l3_affine_eq_4 0.0722319632768631
    n1_l2_relu_58 n1_l3_affine_eq_5 0.012540199793875217 n1_l3_affine_eq_6 0.19490136206150055
    n1_l2_relu_58 n1_l3_affine_eq_7 -0.023271173238754272 n1_l3_affine_eq_8 0.16364924609661102
    n1_l2_relu_58 n1_l3_affine_eq_9 -0.28072330355644226 n1_l3_affine_eq_10 -0.15238577127456665
    n1_l2_relu_58 n1_l3_affine_eq_11 0.07665492594242096 n1_l3_affine_eq_12 0.08279117941856384
    n1_l2_relu_58 n1_l3_affine_eq_13 0.03392930328845978 n1_l3_affine_eq_14 0.31634753942489624
    n1_l2_relu_58 n1_l3_affine_eq_15 -0.1648464798927307 n1_l3_affine_eq_16 0.051933448761701584
    n1_l2_relu_58 n1_l3_affine_eq_17 -0.12892472743988037 n1_l3_affine_eq_18 -0.2966971695423126
    n1_l2_relu_58 n1_l3_affine_eq_19 0.23448695242404938 n1_l3_affine_eq_20 -0.3173547089099884
    n1_l2_relu_58 n1_l3_affine_eq_21 -0.016704263165593147 n1_l3_affine_eq_22 0.25695058703422546
    n1_l2_relu_58 n1_l3_affine_eq_23 0.021718578413128853 n1_l3_affine_eq_24 -0.1491200178861618
    n1_l2_relu_58 n1_l3_affine_eq_25 -0.15594364702701569 n1_l3_affine_eq_26 -0.06421258300542831
    n1_l2_relu_58 n1_l3_affine_eq_27 -0.0172699186950922 n1_l3_affine_eq_28 0.28345635533332825
    n1_l2_relu_58 n1_l3_affine_eq_29 0.05869269743561745 n1_l3_affine_eq_30 0.17624132335186005
    n1_l2_relu_58 n1_l3_affine_eq_31 0.02519632689654827 n1_l3_affine_eq_32 0.11963584274053574
    n1_l2_relu_58 n1_l3_affine_eq_33 -0.19479365646839142 n1_l3_affine_eq_34 -0.20684325695037842
    n1_l2_relu_58 n1_l3_affine_eq_35 0.1480603814125061 n1_l3_affine_eq_36 0.06345374882221222
    n1_l2_relu_58 n1_l3_affine_eq_37 0.16621340811252594 n1_l3_affine_eq_38 0.26180994510650635
    n1_l2_relu_58 n1_l3_affine_eq_39 0.05155807361006737 n1_l3_affine_eq_40 -0.12133295834064484
    n1_l2_relu_58 n1_l3_affine_eq_41 -0.15711355209350586 n1_l3_affine_eq_42 0.08822677284479141
    n1_l2_relu_58 n1_l3_affine_eq_43 0.4089505970478058 n1_l3_affine_eq_44 0.10633952170610428
    n1_l2_relu_58 n1_l3_affine_eq_45 0.1021360531449318 n1_l3_affine_eq_46 0.06292964518070221
    n1_l2_relu_58 n1_l3_affine_eq_47 0.40955716371536255 n1_l3_affine_eq_48 -0.2818969190120697
    n1_l2_relu_58 n1_l3_affine_eq_49 0.14320053160190582 n1_l3_affine_eq_50 -0.07041420787572861
    n1_l2_relu_58 n1_l3_affine_eq_51 0.16057687997817993 n1_l3_affine_eq_52 0.1518787145614624
    n1_l2_relu_58 n1_l3_affine_eq_53 -0.019893083721399307 n1_l3_affine_eq_54 0.047972407191991806
    n1_l2_relu_58 n1_l3_affine_eq_55 -0.13469797372817993 n1_l3_affine_eq_56 -0.12952035665512085
    n1_l2_relu_58 n1_l3_affine_eq_57 0.09061867743730545 n1_l3_affine_eq_58 -0.051769621670246124
    n1_l2_relu_58 n1_l3_affine_eq_59 -0.056564811617136 n1_l3_affine_eq_60 0.2538856267929077
    n1_l2_relu_58 n1_l3_affine_eq_61 0.20695607364177704 n1_l3_affine_eq_62 -0.05108577758073807
    n1_l2_relu_58 n1_l3_affine_eq_63 -0.2766847610473633 n1_l3_affine_eq_64 -0.06798705458641052
    n1_l2_relu_58 n1_l3_affine_eq_65 0.23975951969623566 n1_l3_affine_eq_66 0.1856822371482849
    n1_l2_relu_58 n1_l3_affine_eq_67 -0.019490258768200874 n1_l3_affine_eq_68 -0.04995092377066612
    n1_l2_relu_58 n1_l3_affine_eq_69 0.0151900053024292 n1_l3_affine_eq_70 -0.0344921238720417
    n1_l2_relu_58 n1_l3_affine_eq_71 0.11182927340269089 n1_l3_affine_eq_72 0.13630685210227966
    n1_l2_relu_58 n1_l3_affine_eq_73 0.03994773328304291 n1_l3_affine_eq_74 0.2474932223558426
    n1_l2_relu_58 n1_l3_affine_eq_75 0.005125241819769144 n1_l3_affine_eq_76 0.15245965123176575
    n1_l2_relu_58 n1_l3_affine_eq_77 0.02738366834819317 n1_l3_affine_eq_78 -0.13796859979629517
    n1_l2_relu_58 n1_l3_affine_eq_79 -0.1444133073091507
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_58 n1_l2_relu_on_58 -0.07673980755616401 n1_l2_relu_off_58 0.01832597590755611
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_65 n1_l2_relu_ge_65 1 n1_l2_relu_on_65 1
    n1_l2_relu_65 n1_l2_relu_off_65 1 n1_l3_affine_eq_0 -0.018740063533186913
    n1_l2_relu_65 n1_l3_affine_eq_1 0.3096548020839691 n1_l3_affine_eq_2 -0.0145968496799469
    n1_l2_relu_65 n1_l3_affine_eq_3 -0.26129356026649475 n1_l3_affine_eq_4 -0.0017626631306484342
    n1_l2_relu_65 n1_l3_affine_eq_5 -0.18305477499961853 n1_l3_affine_eq_6 0.19676825404167175
    n1_l2_relu_65 n1_l3_affine_eq_7 0.03410850465297699 n1_l3_affine_eq_8 -0.14756596088409424
    n1_l2_relu_65 n1_l3_affine_eq_9 0.1422402709722519 n1_l3_affine_eq_10 -0.018952196463942528
    n1_l2_relu_65 n1_l3_affine_eq_11 0.0008014171617105603 n1_l3_affine_eq_12 0.31433573365211487
    n1_l2_relu_65 n1_l3_affine_eq_13 0.17375002801418304 n1_l3_affine_eq_14 0.03618379309773445
    n1_l2_relu_65 n1_l3_affine_eq_15 -0.012079081498086452 n1_l3_affine_eq_16 0.23852962255477905
    n1_l2_relu_65 n1_l3_affine_eq_17 0.11768843978643417 n1_l3_affine_eq_18 0.23225872218608856
    n1_l2_relu_65 n1_l3_affine_eq_19 0.05210414156317711 n1_l3_affine_eq_20 -0.040608201175928116
    n1_l2_relu_65 n1_l3_affine_eq_21 -0.12253182381391525 n1_l3_affine_eq_22 -0.09149278700351715
    n1_l2_relu_65 n1_l3_affine_eq_23 0.02945450134575367 n1_l3_affine_eq_24 -0.03399218991398811
    n1_l2_relu_65 n1_l3_affine_eq_25 0.18184123933315277 n1_l3_affine_eq_26 -0.0645982027053833
    n1_l2_relu_65 n1_l3_affine_eq_27 0.14561335742473602 n1_l3_affine_eq_28 -0.22242526710033417
    n1_l2_relu_65 n1_l3_affine_eq_29 -0.300705224275589 n1_l3_affine_eq_30 -0.05111384019255638
    n1_l2_relu_65 n1_l3_affine_eq_31 -0.08426464349031448 n1_l3_affine_eq_32 0.0691697970032692
    n1_l2_relu_65 n1_l3_affine_eq_33 -0.23433679342269897 n1_l3_affine_eq_34 -0.010829700157046318
    n1_l2_relu_65 n1_l3_affine_eq_35 0.29478719830513 n1_l3_affine_eq_36 0.11782443523406982
    n1_l2_relu_65 n1_l3_affine_eq_37 0.1461057811975479 n1_l3_affine_eq_38 -0.18183869123458862
    n1_l2_relu_65 n1_l3_affine_eq_39 -0.21606750786304474 n1_l3_affine_eq_40 0.04241008684039116
    n1_l2_relu_65 n1_l3_affine_eq_41 -0.0005952432402409613 n1_l3_affine_eq_42 0.00826212577521801
    n1_l2_relu_65 n1_l3_affine_eq_43 -0.25011342763900757 n1_l3_affine_eq_44 0.037674326449632645
    n1_l2_relu_65 n1_l3_affine_eq_45 -0.23892375826835632 n1_l3_affine_eq_46 0.0601239912211895
    n1_l2_relu_65 n1_l3_affine_eq_47 -0.07458031177520752 n1_l3_affine_eq_48 0.2973352074623108
    n1_l2_relu_65 n1_l3_affine_eq_49 0.15734335780143738 n1_l3_affine_eq_50 0.1935844123363495
    n1_l2_relu_65 n1_l3_affine_eq_51 0.1640370786190033 n1_l3_affine_eq_52 -0.03252076730132103
    n1_l2_relu_65 n1_l3_affine_eq_53 0.017542650923132896 n1_l3_affine_eq_54 -0.014101897366344929
    n1_l2_relu_65 n1_l3_affine_eq_55 0.0812414139509201 n1_l3_affine_eq_56 0.3438979685306549
    n1_l2_relu_65 n1_l3_affine_eq_57 -0.09465985000133514 n1_l3_affine_eq_58 -0.09109198302030563
    n1_l2_relu_65 n1_l3_affine_eq_59 0.2596798241138458 n1_l3_affine_eq_60 0.23158599436283112
    n1_l2_relu_65 n1_l3_affine_eq_61 -0.08695227652788162 n1_l3_affine_eq_62 0.2384093552827835
    n1_l2_relu_65 n1_l3_affine_eq_63 -0.11012803763151169 n1_l3_affine_eq_64 0.16192488372325897
    n1_l2_relu_65 n1_l3_affine_eq_65 0.09141261130571365 n1_l3_affine_eq_66 -0.06508354842662811
    n1_l2_relu_65 n1_l3_affine_eq_67 -0.15348277986049652 n1_l3_affine_eq_68 -0.08819277584552765
    n1_l2_relu_65 n1_l3_affine_eq_69 -0.05781399458646774 n1_l3_affine_eq_70 0.18097853660583496
    n1_l2_relu_65 n1_l3_affine_eq_71 -0.02725648321211338 n1_l3_affine_eq_72 -0.09187016636133194
    n1_l2_relu_65 n1_l3_affine_eq_73 -0.17643345892429352 n1_l3_affine_eq_74 0.3158179819583893
    n1_l2_relu_65 n1_l3_affine_eq_75 0.127824068069458 n1_l3_affine_eq_76 -0.08268458396196365
    n1_l2_relu_65 n1_l3_affine_eq_77 0.09123065322637558 n1_l3_affine_eq_78 -0.0395490936934948
    n1_l2_relu_65 n1_l3_affine_eq_79 -0.03843953460454941
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_65 n1_l2_relu_on_65 -0.05454777486434126 n1_l2_relu_off_65 0.034001958629562644
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_83 n1_l2_relu_ge_83 1 n1_l2_relu_on_83 1
    n1_l2_relu_83 n1_l2_relu_off_83 1 n1_l3_affine_eq_0 0.27208951115608215
    n1_l2_relu_83 n1_l3_affine_eq_1 0.16360995173454285 n1_l3_affine_eq_2 0.08168797940015793
    n1_l2_relu_83 n1_l3_affine_eq_3 -0.5108891129493713 n1_l3_affine_eq_4 0.14019933342933655
    n1_l2_relu_83 n1_l3_affine_eq_5 -0.06667649745941162 n1_l3_affine_eq_6 0.15394526720046997
    n1_l2_relu_83 n1_l3_affine_eq_7 0.12285327911376953 n1_l3_affine_eq_8 0.008485039696097374
    n1_l2_relu_83 n1_l3_affine_eq_9 0.04036397859454155 n1_l3_affine_eq_10 0.26416173577308655
    n1_l2_relu_83 n1_l3_affine_eq_11 -0.3764059245586395 n1_l3_affine_eq_12 -0.018156293779611588
    n1_l2_relu_83 n1_l3_affine_eq_13 -0.050085119903087616 n1_l3_affine_eq_14 -0.038628093898296356
    n1_l2_relu_83 n1_l3_affine_eq_15 0.25417548418045044 n1_l3_affine_eq_16 0.08743000775575638
    n1_l2_relu_83 n1_l3_affine_eq_17 0.1493934541940689 n1_l3_affine_eq_18 -0.08382812142372131
    n1_l2_relu_83 n1_l3_affine_eq_19 0.011288408190011978 n1_l3_affine_eq_20 0.20857356488704681
    n1_l2_relu_83 n1_l3_affine_eq_21 0.16608455777168274 n1_l3_affine_eq_22 0.10610494017601013
    n1_l2_relu_83 n1_l3_affine_eq_23 0.017562666907906532 n1_l3_affine_eq_24 -0.2999236285686493
    n1_l2_relu_83 n1_l3_affine_eq_25 -0.14993229508399963 n1_l3_affine_eq_26 0.06217554211616516
    n1_l2_relu_83 n1_l3_affine_eq_27 0.15160484611988068 n1_l3_affine_eq_28 -0.27122586965560913
    n1_l2_relu_83 n1_l3_affine_eq_29 0.40426287055015564 n1_l3_affine_eq_30 0.07462994754314423
    n1_l2_relu_83 n1_l3_affine_eq_31 0.18004240095615387 n1_l3_affine_eq_32 -0.06779217720031738
    n1_l2_relu_83 n1_l3_affine_eq_33 -0.07524734735488892 n1_l3_affine_eq_34 0.29164862632751465
    n1_l2_relu_83 n1_l3_affine_eq_35 -0.1519545167684555 n1_l3_affine_eq_36 -0.213169664144516
    n1_l2_relu_83 n1_l3_affine_eq_37 -0.13731159269809723 n1_l3_affine_eq_38 -0.39013874530792236
    n1_l2_relu_83 n1_l3_affine_eq_39 -0.2196475863456726 n1_l3_affine_eq_40 -0.12351898103952408
    n1_l2_relu_83 n1_l3_affine_eq_41 -0.13618074357509613 n1_l3_affine_eq_42 0.010546647943556309
    n1_l2_relu_83 n1_l3_affine_eq_43 -0.1228434294462204 n1_l3_affine_eq_44 0.12971344590187073
    n1_l2_relu_83 n1_l3_affine_eq_45 -0.14215750992298126 n1_l3_affine_eq_46 0.042476993054151535
    n1_l2_relu_83 n1_l3_affine_eq_47 -0.17634092271327972 n1_l3_affine_eq_48 0.1963924914598465
    n1_l2_relu_83 n1_l3_affine_eq_49 0.15790651738643646 n1_l3_affine_eq_50 0.1450573354959488
    n1_l2_relu_83 n1_l3_affine_eq_51 0.0012733300682157278 n1_l3_affine_eq_52 -0.42462921142578125
    n1_l2_relu_83 n1_l3_affine_eq_53 0.1443248987197876 n1_l3_affine_eq_54 0.17782840132713318
    n1_l2_relu_83 n1_l3_affine_eq_55 -0.2219674438238144 n1_l3_affine_eq_56 -0.05529230460524559
    n1_l2_relu_83 n1_l3_affine_eq_57 0.3612842559814453 n1_l3_affine_eq_58 0.26389268040657043
    n1_l2_relu_83 n1_l3_affine_eq_59 0.02973746694624424 n1_l3_affine_eq_60 -0.12650065124034882
    n1_l2_relu_83 n1_l3_affine_eq_61 -0.3738434910774231 n1_l3_affine_eq_62 0.0853610709309578
    n1_l2_relu_83 n1_l3_affine_eq_63 0.18401218950748444 n1_l3_affine_eq_64 0.06990090012550354
    n1_l2_relu_83 n1_l3_affine_eq_65 -0.14601869881153107 n1_l3_affine_eq_66 0.42047733068466187
    n1_l2_relu_83 n1_l3_affine_eq_67 -0.2596614956855774 n1_l3_affine_eq_68 0.12015269696712494
    n1_l2_relu_83 n1_l3_affine_eq_69 0.07159517705440521 n1_l3_affine_eq_70 -0.0011696342844516039
    n1_l2_relu_83 n1_l3_affine_eq_71 -0.289858877658844 n1_l3_affine_eq_72 0.2876400053501129
    n1_l2_relu_83 n1_l3_affine_eq_73 -0.15849682688713074 n1_l3_affine_eq_74 -0.22606298327445984
    n1_l2_relu_83 n1_l3_affine_eq_75 -0.3224368691444397 n1_l3_affine_eq_76 -0.006667716428637505
    n1_l2_relu_83 n1_l3_affine_eq_77 0.29964348673820496 n1_l3_affine_eq_78 0.4092068672180176
    n1_l2_relu_83 n1_l3_affine_eq_79 0.15004512667655945
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_83 n1_l2_relu_on_83 -0.02081059853452229 n1_l2_relu_off_83 0.07778392299997036
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_96 n1_l2_relu_ge_96 1 n1_l2_relu_on_96 1
    n1_l2_relu_96 n1_l2_relu_off_96 1 n1_l3_affine_eq_0 -0.2869388163089752
    n1_l2_relu_96 n1_l3_affine_eq_1 -0.026462147012352943 n1_l3_affine_eq_2 0.0093539385125041
    n1_l2_relu_96 n1_l3_affine_eq_3 0.018283091485500336 n1_l3_affine_eq_4 -0.17665472626686096
    n1_l2_relu_96 n1_l3_affine_eq_5 0.14017419517040253 n1_l3_affine_eq_6 -0.12830637395381927
    n1_l2_relu_96 n1_l3_affine_eq_7 -0.38903728127479553 n1_l3_affine_eq_8 0.028220854699611664
    n1_l2_relu_96 n1_l3_affine_eq_9 0.02125776745378971 n1_l3_affine_eq_10 -0.08509836345911026
    n1_l2_relu_96 n1_l3_affine_eq_11 0.31365305185317993 n1_l3_affine_eq_12 -0.03147515282034874
    n1_l2_relu_96 n1_l3_affine_eq_13 -0.2481980174779892 n1_l3_affine_eq_14 -0.10751143842935562
    n1_l2_relu_96 n1_l3_affine_eq_15 -0.12364925444126129 n1_l3_affine_eq_16 -0.1763300895690918
    n1_l2_relu_96 n1_l3_affine_eq_17 0.28631436824798584 n1_l3_affine_eq_18 -0.43186113238334656
    n1_l2_relu_96 n1_l3_affine_eq_19 0.12477894127368927 n1_l3_affine_eq_20 -0.18044383823871613
    n1_l2_relu_96 n1_l3_affine_eq_21 -0.39980536699295044 n1_l3_affine_eq_22 0.33700379729270935
    n1_l2_relu_96 n1_l3_affine_eq_23 -0.5186850428581238 n1_l3_affine_eq_24 -0.2129611223936081
    n1_l2_relu_96 n1_l3_affine_eq_25 -0.14333100616931915 n1_l3_affine_eq_26 0.16124650835990906
    n1_l2_relu_96 n1_l3_affine_eq_27 -0.1637665331363678 n1_l3_affine_eq_28 -0.020287539809942245
    n1_l2_relu_96 n1_l3_affine_eq_29 0.09254983812570572 n1_l3_affine_eq_30 0.378849059343338
    n1_l2_relu_96 n1_l3_affine_eq_31 0.45984092354774475 n1_l3_affine_eq_32 0.09883861243724823
    n1_l2_relu_96 n1_l3_affine_eq_33 0.21787725389003754 n1_l3_affine_eq_34 0.23647920787334442
    n1_l2_relu_96 n1_l3_affine_eq_35 -0.232738196849823 n1_l3_affine_eq_36 0.4007050395011902
    n1_l2_relu_96 n1_l3_affine_eq_37 -0.533143937587738 n1_l3_affine_eq_38 -0.15289707481861115
    n1_l2_relu_96 n1_l3_affine_eq_39 -0.34466806054115295 n1_l3_affine_eq_40 0.0005390823353081942
    n1_l2_relu_96 n1_l3_affine_eq_41 -0.08686398714780807 n1_l3_affine_eq_42 -0.15929891169071198
    n1_l2_relu_96 n1_l3_affine_eq_43 -0.08374955505132675 n1_l3_affine_eq_44 0.29949310421943665
    n1_l2_relu_96 n1_l3_affine_eq_45 0.11136044561862946 n1_l3_affine_eq_46 0.19357441365718842
    n1_l2_relu_96 n1_l3_affine_eq_47 0.06731396168470383 n1_l3_affine_eq_48 0.19664207100868225
    n1_l2_relu_96 n1_l3_affine_eq_49 -0.09434470534324646 n1_l3_affine_eq_50 0.13482356071472168
    n1_l2_relu_96 n1_l3_affine_eq_51 0.015578143298625946 n1_l3_affine_eq_52 -0.03833726793527603
    n1_l2_relu_96 n1_l3_affine_eq_53 -0.02201804891228676 n1_l3_affine_eq_54 0.0852077305316925
    n1_l2_relu_96 n1_l3_affine_eq_55 0.34757527709007263 n1_l3_affine_eq_56 -0.35423994064331055
    n1_l2_relu_96 n1_l3_affine_eq_57 -0.4659470319747925 n1_l3_affine_eq_58 0.12381274253129959
    n1_l2_relu_96 n1_l3_affine_eq_59 -0.40401342511177063 n1_l3_affine_eq_60 0.20357860624790192
    n1_l2_relu_96 n1_l3_affine_eq_61 -0.18490204215049744 n1_l3_affine_eq_62 0.21905562281608582
    n1_l2_relu_96 n1_l3_affine_eq_63 0.24348309636116028 n1_l3_affine_eq_64 -0.13542497158050537
    n1_l2_relu_96 n1_l3_affine_eq_65 0.39999938011169434 n1_l3_affine_eq_66 0.38379961252212524
    n1_l2_relu_96 n1_l3_affine_eq_67 0.23199428617954254 n1_l3_affine_eq_68 0.268978476524353
    n1_l2_relu_96 n1_l3_affine_eq_69 0.0597960390150547 n1_l3_affine_eq_70 0.046622417867183685
    n1_l2_relu_96 n1_l3_affine_eq_71 -0.22533018887043 n1_l3_affine_eq_72 0.48341289162635803
    n1_l2_relu_96 n1_l3_affine_eq_73 -0.2078191339969635 n1_l3_affine_eq_74 -0.5249909162521362
    n1_l2_relu_96 n1_l3_affine_eq_75 0.316642701625824 n1_l3_affine_eq_76 -0.04169277846813202
    n1_l2_relu_96 n1_l3_affine_eq_77 -0.0449916310608387 n1_l3_affine_eq_78 0.029567670077085495
    n1_l2_relu_96 n1_l3_affine_eq_79 -0.36400672793388367
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_96 n1_l2_relu_on_96 -0.07611712833847123 n1_l2_relu_off_96 0.031040726607681444
    MARKER 'MARKER' 'INTEND'
    n1_l3_affine_0 n1_l3_affine_eq_0 1 n1_l4_relu_ge_0 -1
    n1_l3_affine_0 n1_l4_relu_off_0 -1
    n1_l3_affine_1 n1_l3_affine_eq_1 1
    n1_l3_affine_2 n1_l3_affine_eq_2 1
    n1_l3_affine_3 n1_l3_affine_eq_3 1 n1_l4_relu_ge_3 -1
    n1_l3_affine_3 n1_l4_relu_off_3 -1
    n1_l3_affine_4 n1_l3_affine_eq_4 1
    n1_l3_affine_5 n1_l3_affine_eq_5 1 n1_l4_relu_ge_5 -1
    n1_l3_affine_5 n1_l4_relu_off_5 -1
    n1_l3_affine_6 n1_l3_affine_eq_6 1
    n1_l3_affine_7 n1_l3_affine_eq_7 1 n1_l5_affine_eq_0 -0.39145755767822266
    n1_l3_affine_7 n1_l5_affine_eq_1 -0.21239575743675232 n1_l5_affine_eq_2 -0.028097888454794884
    n1_l3_affine_7 n1_l5_affine_eq_3 -0.35321152210235596 n1_l5_affine_eq_4 0.13954415917396545
    n1_l3_affine_7 n1_l5_affine_eq_5 0.10776183754205704 n1_l5_affine_eq_6 0.1294713318347931
    n1_l3_affine_7 n1_l5_affine_eq_7 -0.33591705560684204 n1_l5_affine_eq_8 -0.1702570766210556
    n1_l3_affine_7 n1_l5_affine_eq_9 0.27817386388778687 n1_l5_affine_eq_10 0.08298063278198242
    n1_l3_affine_7 n1_l5_affine_eq_11 -0.14437557756900787 n1_l5_affine_eq_12 0.2684093117713928
    n1_l3_affine_7 n1_l5_affine_eq_13 0.12242098152637482 n1_l5_affine_eq_14 0.017773829400539398
    n1_l3_affine_7 n1_l5_affine_eq_15 -0.04335349053144455 n1_l5_affine_eq_16 -0.33720526099205017
    n1_l3_affine_7 n1_l5_affine_eq_17 -0.008502647280693054 n1_l5_affine_eq_18 -0.040019549429416656
    n1_l3_affine_7 n1_l5_affine_eq_19 -0.018573878332972527 n1_l5_affine_eq_20 0.08545937389135361
    n1_l3_affine_7 n1_l5_affine_eq_21 -0.04418490082025528 n1_l5_affine_eq_22 -0.04079791530966759
    n1_l3_affine_7 n1_l5_affine_eq_23 -0.18730442225933075 n1_l5_affine_eq_24 -0.23691366612911224
    n1_l3_affine_7 n1_l5_affine_eq_25 -0.065314382314682 n1_l5_affine_eq_26 0.17665104568004608
    n1_l3_affine_7 n1_l5_affine_eq_27 0.09001600742340088 n1_l5_affine_eq_28 -0.33393606543540955
    n1_l3_affine_7 n1_l5_affine_eq_29 -0.2634369432926178 n1_l5_affine_eq_30 0.404321551322937
    n1_l3_affine_7 n1_l5_affine_eq_31 0.3357561230659485 n1_l5_affine_eq_32 -0.07530968636274338
    n1_l3_affine_7 n1_l5_affine_eq_33 -0.0933903157711029 n1_l5_affine_eq_34 0.015756620094180107
    n1_l3_affine_7 n1_l5_affine_eq_35 0.3505611717700958 n1_l5_affine_eq_36 -0.2163044661283493
    n1_l3_affine_7 n1_l5_affine_eq_37 -0.2881963849067688 n1_l5_affine_eq_38 -0.25112393498420715
    n1_l3_affine_7 n1_l5_affine_eq_39 -0.08782532811164856 n1_l5_affine_eq_40 -0.07546409964561462
    n1_l3_affine_7 n1_l5_affine_eq_41 0.18793772161006927 n1_l5_affine_eq_42 0.4236888587474823
    n1_l3_affine_7 n1_l5_affine_eq_43 -0.34155306220054626 n1_l5_affine_eq_44 0.03729544207453728
    n1_l3_affine_7 n1_l5_affine_eq_45 -0.10094761848449707 n1_l5_affine_eq_46 -0.18005581200122833
    n1_l3_affine_7 n1_l5_affine_eq_47 0.04545889422297478 n1_l5_affine_eq_48 -0.3111567795276642
    n1_l3_affine_7 n1_l5_affine_eq_49 -0.09474588930606842 n1_l5_affine_eq_50 -0.0613027848303318
    n1_l3_affine_7 n1_l5_affine_eq_51 -0.12398035079240799 n1_l5_affine_eq_52 0.15688715875148773
    n1_l3_affine_7 n1_l5_affine_eq_53 -0.16933748126029968 n1_l5_affine_eq_54 0.19949688017368317
    n1_l3_affine_7 n1_l5_affine_eq_55 0.07425419986248016 n1_l5_affine_eq_56 0.19761942327022552
    n1_l3_affine_7 n1_l5_affine_eq_57 -0.25377199053764343 n1_l5_affine_eq_58 -0.15316227078437805
    n1_l3_affine_7 n1_l5_affine_eq_59 -0.030501237139105797
    n1_l3_affine_8 n1_l3_affine_eq_8 1 n1_l5_affine_eq_0 -0.11177067458629608
    n1_l3_affine_8 n1_l5_affine_eq_1 -0.09400555491447449 n1_l5_affine_eq_2 0.18827886879444122
    n1_l3_affine_8 n1_l5_affine_eq_3 0.3463730812072754 n1_l5_affine_eq_4 0.13892638683319092
    n1_l3_affine_8 n1_l5_affine_eq_5 0.4415782690048218 n1_l5_affine_eq_6 -0.12495193630456924
    n1_l3_affine_8 n1_l5_affine_eq_7 -0.08571474254131317 n1_l5_affine_eq_8 0.23623643815517426
    n1_l3_affine_8 n1_l5_affine_eq_9 -0.035405851900577545 n1_l5_affine_eq_10 -0.07902691513299942
    n1_l3_affine_8 n1_l5_affine_eq_11 0.32008180022239685 n1_l5_affine_eq_12 -0.2944924533367157
    n1_l3_affine_8 n1_l5_affine_eq_13 -0.14032390713691711 n1_l5_affine_eq_14 0.023803358897566795
    n1_l3_affine_8 n1_l5_affine_eq_15 -0.024941425770521164 n1_l5_affine_eq_16 0.2637343406677246
    n1_l3_affine_8 n1_l5_affine_eq_17 0.16640149056911469 n1_l5_affine_eq_18 -0.25561243295669556
    n1_l3_affine_8 n1_l5_affine_eq_19 -0.28455492854118347 n1_l5_affine_eq_20 0.1288115680217743
    n1_l3_affine_8 n1_l5_affine_eq_21 0.0029412300791591406 n1_l5_affine_eq_22 -0.2028454691171646
    n1_l3_affine_8 n1_l5_affine_eq_23 -0.07642295211553574 n1_l5_affine_eq_24 0.09939278662204742
    n1_l3_affine_8 n1_l5_affine_eq_25 0.018291471526026726 n1_l5_affine_eq_26 0.03911151364445686
    n1_l3_affine_8 n1_l5_affine_eq_27 -0.17743173241615295 n1_l5_affine_eq_28 0.2603245973587036
    n1_l3_affine_8 n1_l5_affine_eq_29 0.21861495077610016 n1_l5_affine_eq_30 0.019758114591240883
    n1_l3_affine_8 n1_l5_affine_eq_31 -0.019122682511806488 n1_l5_affine_eq_32 0.08410241454839706
    n1_l3_affine_8 n1_l5_affine_eq_33 0.1052914708852768 n1_l5_affine_eq_34 0.4400084912776947
    n1_l3_affine_8 n1_l5_affine_eq_35 -0.15805308520793915 n1_l5_affine_eq_36 0.18354171514511108
    n1_l3_affine_8 n1_l5_affine_eq_37 -0.28614458441734314 n1_l5_affine_eq_38 -0.00038465671241283417
    n1_l3_affine_8 n1_l5_affine_eq_39 0.16964054107666016 n1_l5_affine_eq_40 0.07658763974905014
    n1_l3_affine_8 n1_l5_affine_eq_41 0.017685789614915848 n1_l5_affine_eq_42 0.3068484961986542
    n1_l3_affine_8 n1_l5_affine_eq_43 -0.08352009207010269 n1_l5_affine_eq_44 0.029608989134430885
    n1_l3_affine_8 n1_l5_affine_eq_45 -0.0838199034333229 n1_l5_affine_eq_46 -0.12115935236215591
    n1_l3_affine_8 n1_l5_affine_eq_47 0.15178559720516205 n1_l5_affine_eq_48 0.007517421618103981
    n1_l3_affine_8 n1_l5_affine_eq_49 -0.0011058878153562546 n1_l5_affine_eq_50 -0.24995970726013184
    n1_l3_affine_8 n1_l5_affine_eq_51 -0.10194258391857147 n1_l5_affine_eq_52 -0.014849694445729256
    n1_l3_affine_8 n1_l5_affine_eq_53 -0.027076026424765587 n1_l5_affine_eq_54 0.052855707705020905
    n1_l3_affine_8 n1_l5_affine_eq_55 0.03216756880283356 n1_l5_affine_eq_56 -0.06660985946655273
    n1_l3_affine_8 n1_l5_affine_eq_57 -0.3294055163860321 n1_l5_affine_eq_58 0.08558672666549683
    n1_l3_affine_8 n1_l5_affine_eq_59 0.19744697213172913
    n1_l3_affine_9 n1_l3_affine_eq_9 1 n1_l5_affine_eq_0 0.13956888020038605
    n1_l3_affine_9 n1_l5_affine_eq_1 -0.030513428151607513 n1_l5_affine_eq_2 0.09697257727384567
    n1_l3_affine_9 n1_l5_affine_eq_3 0.28152525424957275 n1_l5_affine_eq_4 0.18236997723579407
    n1_l3_affine_9 n1_l5_affine_eq_5 0.009807951748371124 n1_l5_affine_eq_6 -0.004660988692194223
    n1_l3_affine_9 n1_l5_affine_eq_7 -0.26287341117858887 n1_l5_affine_eq_8 0.059817273169755936
    n1_l3_affine_9 n1_l5_affine_eq_9 0.32500776648521423 n1_l5_affine_eq_10 -0.020593678578734398
    n1_l3_affine_9 n1_l5_affine_eq_11 0.09358625113964081 n1_l5_affine_eq_12 -0.26548781991004944
    n1_l3_affine_9 n1_l5_affine_eq_13 -0.2166941612958908 n1_l5_affine_eq_14 -0.00933647621423006
    n1_l3_affine_9 n1_l5_affine_eq_15 0.10861185938119888 n1_l5_affine_eq_16 -0.043133847415447235
    n1_l3_affine_9 n1_l5_affine_eq_17 0.0831185132265091 n1_l5_affine_eq_18 -0.12624727189540863
    n1_l3_affine_9 n1_l5_affine_eq_19 0.11786853522062302 n1_l5_affine_eq_20 0.037525538355112076
    n1_l3_affine_9 n1_l5_affine_eq_21 0.16893893480300903 n1_l5_affine_eq_22 -0.07743263989686966
    n1_l3_affine_9 n1_l5_affine_eq_23 -0.3402900993824005 n1_l5_affine_eq_24 -0.4206729829311371
    n1_l3_affine_9 n1_l5_affine_eq_25 0.3534891903400421 n1_l5_affine_eq_26 0.17806600034236908
    n1_l3_affine_9 n1_l5_affine_eq_27 -0.26195642352104187 n1_l5_affine_eq_28 -0.06962200999259949
    n1_l3_affine_9 n1_l5_affine_eq_29 -0.009574426338076591 n1_l5_affine_eq_30 -0.32729989290237427
    n1_l3_affine_9 n1_l5_affine_eq_31 0.30555176734924316 n1_l5_affine_eq_32 0.12688681483268738
    n1_l3_affine_9 n1_l5_affine_eq_33 0.22594982385635376 n1_l5_affine_eq_34 0.0010742648737505078
    n1_l3_affine_9 n1_l5_affine_eq_35 -0.04867658391594887 n1_l5_affine_eq_36 -0.1412554830312729
    n1_l3_affine_9 n1_l5_affine_eq_37 0.19175097346305847 n1_l5_affine_eq_38 -0.14698834717273712
    n1_l3_affine_9 n1_l5_affine_eq_39 0.08450160920619965 n1_l5_affine_eq_40 0.040847811847925186
    n1_l3_affine_9 n1_l5_affine_eq_41 0.007923648692667484 n1_l5_affine_eq_42 0.3431355059146881
    n1_l3_affine_9 n1_l5_affine_eq_43 0.10949735343456268 n1_l5_affine_eq_44 0.39536869525909424
    n1_l3_affine_9 n1_l5_affine_eq_45 0.3674318790435791 n1_l5_affine_eq_46 -0.01118864119052887
    n1_l3_affine_9 n1_l5_affine_eq_47 -0.18399706482887268 n1_l5_affine_eq_48 0.162648543715477
    n1_l3_affine_9 n1_l5_affine_eq_49 -0.05779227241873741 n1_l5_affine_eq_50 -0.0018820067634806037
    n1_l3_affine_9 n1_l5_affine_eq_51 0.18814314901828766 n1_l5_affine_eq_52 0.0387658029794693
    n1_l3_affine_9 n1_l5_affine_eq_53 -0.009513026103377342 n1_l5_affine_eq_54 -0.05248430371284485
    n1_l3_affine_9 n1_l5_affine_eq_55 0.3525282144546509 n1_l5_affine_eq_56 0.2514340877532959
    n1_l3_affine_9 n1_l5_affine_eq_57 -0.36164671182632446 n1_l5_affine_eq_58 0.009808995760977268
    n1_l3_affine_9 n1_l5_affine_eq_59 0.2745886445045471
    n1_l3_affine_10 n1_l3_affine_eq_10 1 n1_l5_affine_eq_0 -0.012724644504487514
    n1_l3_affine_10 n1_l5_affine_eq_1 -0.05233931913971901 n1_l5_affine_eq_2 0.38077980279922485
    n1_l3_affine_10 n1_l5_affine_eq_3 0.06727319210767746 n1_l5_affine_eq_4 0.057240117341279984
    n1_l3_affine_10 n1_l5_affine_eq_5 -0.3135659992694855 n1_l5_affine_eq_6 0.7014524936676025
    n1_l3_affine_10 n1_l5_affine_eq_7 -0.003398003289476037 n1_l5_affine_eq_8 -0.14700421690940857
    n1_l3_affine_10 n1_l5_affine_eq_9 -0.018852761015295982 n1_l5_affine_eq_10 -0.23145481944084167
    n1_l3_affine_10 n1_l5_affine_eq_11 -0.07474326342344284 n1_l5_affine_eq_12 -0.05978390574455261
    n1_l3_affine_10 n1_l5_affine_eq_13 -0.09687770158052444 n1_l5_affine_eq_14 -0.3194761872291565
    n1_l3_affine_10 n1_l5_affine_eq_15 0.11250568181276321 n1_l5_affine_eq_16 -0.1650017499923706
    n1_l3_affine_10 n1_l5_affine_eq_17 0.131659597158432 n1_l5_affine_eq_18 -0.22239668667316437
    n1_l3_affine_10 n1_l5_affine_eq_19 0.04959532991051674 n1_l5_affine_eq_20 -0.05015793815255165
    n1_l3_affine_10 n1_l5_affine_eq_21 0.3030688464641571 n1_l5_affine_eq_22 0.21645593643188477
    n1_l3_affine_10 n1_l5_affine_eq_23 -0.32084059715270996 n1_l5_affine_eq_24 -0.33156365156173706
    n1_l3_affine_10 n1_l5_affine_eq_25 0.5615198016166687 n1_l5_affine_eq_26 0.008485241793096066
    n1_l3_affine_10 n1_l5_affine_eq_27 -0.33121341466903687 n1_l5_affine_eq_28 -0.24957552552223206
    n1_l3_affine_10 n1_l5_affine_eq_29 -0.1486222743988037 n1_l5_affine_eq_30 -0.14428068697452545
    n1_l3_affine_10 n1_l5_affine_eq_31 0.10069089382886887 n1_l5_affine_eq_32 -0.09811659902334213
    n1_l3_affine_10 n1_l5_affine_eq_33 0.1897474229335785 n1_l5_affine_eq_34 -0.03892176225781441
    n1_l3_affine_10 n1_l5_affine_eq_35 0.30190640687942505 n1_l5_affine_eq_36 -0.24884656071662903
    n1_l3_affine_10 n1_l5_affine_eq_37 -0.1565098613500595 n1_l5_affine_eq_38 0.004182000644505024
    n1_l3_affine_10 n1_l5_affine_eq_39 -0.01307113841176033 n1_l5_affine_eq_40 -0.26478108763694763
    n1_l3_affine_10 n1_l5_affine_eq_41 -0.5692095756530762 n1_l5_affine_eq_42 0.08568602055311203
    n1_l3_affine_10 n1_l5_affine_eq_43 -0.025853974744677544 n1_l5_affine_eq_44 -0.059627946466207504
    n1_l3_affine_10 n1_l5_affine_eq_45 -0.2797389626502991 n1_l5_affine_eq_46 0.4015304148197174
    n1_l3_affine_10 n1_l5_affine_eq_47 0.26233363151550293 n1_l5_affine_eq_48 0.21695493161678314
    n1_l3_affine_10 n1_l5_affine_eq_49 0.06620018184185028 n1_l5_affine_eq_50 0.01831481046974659
    n1_l3_affine_10 n1_l5_affine_eq_51 -0.12766797840595245 n1_l5_affine_eq_52 0.08903387933969498
    n1_l3_affine_10 n1_l5_affine_eq_53 -0.2960965633392334 n1_l5_affine_eq_54 0.03490433469414711
    n1_l3_affine_10 n1_l5_affine_eq_55 -0.10042179375886917 n1_l5_affine_eq_56 -0.041975151747465134
    n1_l3_affine_10 n1_l5_affine_eq_57 0.29512152075767517 n1_l5_affine_eq_58 0.022174179553985596
    n1_l3_affine_10 n1_l5_affine_eq_59 0.16544371843338013
    n1_l3_affine_11 n1_l3_affine_eq_11 1
    n1_l3_affine_12 n1_l3_affine_eq_12 1 n1_l5_affine_eq_0 -0.0438685342669487
    n1_l3_affine_12 n1_l5_affine_eq_1 0.6886159777641296 n1_l5_affine_eq_2 -0.019356288015842438
    n1_l3_affine_12 n1_l5_affine_eq_3 0.008907411247491837 n1_l5_affine_eq_4 -0.14334231615066528
    n1_l3_affine_12 n1_l5_affine_eq_5 -0.35318005084991455 n1_l5_affine_eq_6 -0.03826812282204628
    n1_l3_affine_12 n1_l5_affine_eq_7 0.34566134214401245 n1_l5_affine_eq_8 -0.13866358995437622
    n1_l3_affine_12 n1_l5_affine_eq_9 -0.011675389483571053 n1_l5_affine_eq_10 -0.18234597146511078
    n1_l3_affine_12 n1_l5_affine_eq_11 -0.13528625667095184 n1_l5_affine_eq_12 0.3174844980239868
    n1_l3_affine_12 n1_l5_affine_eq_13 0.49661919474601746 n1_l5_affine_eq_14 0.24936795234680176
    n1_l3_affine_12 n1_l5_affine_eq_15 0.021223651245236397 n1_l5_affine_eq_16 0.3621317744255066
    n1_l3_affine_12 n1_l5_affine_eq_17 -0.12986262142658234 n1_l5_affine_eq_18 0.04700206220149994
    n1_l3_affine_12 n1_l5_affine_eq_19 0.315073162317276 n1_l5_affine_eq_20 -0.07074416428804398
    n1_l3_affine_12 n1_l5_affine_eq_21 0.14949734508991241 n1_l5_affine_eq_22 -0.043831273913383484
    n1_l3_affine_12 n1_l5_affine_eq_23 -0.022634025663137436 n1_l5_affine_eq_24 -0.04894990473985672
    n1_l3_affine_12 n1_l5_affine_eq_25 0.12979856133460999 n1_l5_affine_eq_26 0.07834534347057343
    n1_l3_affine_12 n1_l5_affine_eq_27 -0.3939847946166992 n1_l5_affine_eq_28 -0.23545734584331512
    n1_l3_affine_12 n1_l5_affine_eq_29 -0.014334707520902157 n1_l5_affine_eq_30 -0.3400515615940094
    n1_l3_affine_12 n1_l5_affine_eq_31 -0.18740791082382202 n1_l5_affine_eq_32 -0.10539378225803375
    n1_l3_affine_12 n1_l5_affine_eq_33 -0.03540223836898804 n1_l5_affine_eq_34 -0.3741396963596344
    n1_l3_affine_12 n1_l5_affine_eq_35 -0.018996428698301315 n1_l5_affine_eq_36 0.00312964990735054
    n1_l3_affine_12 n1_l5_affine_eq_37 -0.19755226373672485 n1_l5_affine_eq_38 0.5718112587928772
    n1_l3_affine_12 n1_l5_affine_eq_39 -0.3000851571559906 n1_l5_affine_eq_40 0.13282234966754913
    n1_l3_affine_12 n1_l5_affine_eq_41 0.009744320064783096 n1_l5_affine_eq_42 0.42476287484169006
    n1_l3_affine_12 n1_l5_affine_eq_43 0.3490251302719116 n1_l5_affine_eq_44 -0.33878615498542786
    n1_l3_affine_12 n1_l5_affine_eq_45 0.12772062420845032 n1_l5_affine_eq_46 0.27336829900741577
    n1_l3_affine_12 n1_l5_affine_eq_47 -0.17461782693862915 n1_l5_affine_eq_48 0.4366966485977173
    n1_l3_affine_12 n1_l5_affine_eq_49 0.01338188722729683 n1_l5_affine_eq_50 0.5418825745582581
    n1_l3_affine_12 n1_l5_affine_eq_51 0.30786973237991333 n1_l5_affine_eq_52 -0.13334013521671295
    n1_l3_affine_12 n1_l5_affine_eq_53 -0.22125127911567688 n1_l5_affine_eq_54 -0.027738509699702263
    n1_l3_affine_12 n1_l5_affine_eq_55 0.12790994346141815 n1_l5_affine_eq_56 0.07168895751237869
    n1_l3_affine_12 n1_l5_affine_eq_57 -0.03450470417737961 n1_l5_affine_eq_58 0.07216672599315643
    n1_l3_affine_12 n1_l5_affine_eq_59 0.2210870236158371
    n1_l3_affine_13 n1_l3_affine_eq_13 1 n1_l5_affine_eq_0 0.06967457383871078
    n1_l3_affine_13 n1_l5_affine_eq_1 -0.18071433901786804 n1_l5_affine_eq_2 -0.06803464889526367
    n1_l3_affine_13 n1_l5_affine_eq_3 0.2429656684398651 n1_l5_affine_eq_4 -0.16608412563800812
    n1_l3_affine_13 n1_l5_affine_eq_5 -0.05401713401079178 n1_l5_affine_eq_6 0.20024923980236053
    n1_l3_affine_13 n1_l5_affine_eq_7 0.10276448726654053 n1_l5_affine_eq_8 0.05256470665335655
    n1_l3_affine_13 n1_l5_affine_eq_9 -0.31073468923568726 n1_l5_affine_eq_10 0.13683508336544037
    n1_l3_affine_13 n1_l5_affine_eq_11 0.255458801984787 n1_l5_affine_eq_12 0.08866690844297409
    n1_l3_affine_13 n1_l5_affine_eq_13 -0.004055625293403864 n1_l5_affine_eq_14 -0.17076070606708527
    n1_l3_affine_13 n1_l5_affine_eq_15 -0.2489756941795349 n1_l5_affine_eq_16 0.20219799876213074
    n1_l3_affine_13 n1_l5_affine_eq_17 0.16224676370620728 n1_l5_affine_eq_18 -0.13601402938365936
    n1_l3_affine_13 n1_l5_affine_eq_19 -0.26352402567863464 n1_l5_affine_eq_20 -0.10143665224313736
    n1_l3_affine_13 n1_l5_affine_eq_21 -0.31688979268074036 n1_l5_affine_eq_22 -0.06620493531227112
    n1_l3_affine_13 n1_l5_affine_eq_23 0.07281989604234695 n1_l5_affine_eq_24 -0.1480703055858612
    n1_l3_affine_13 n1_l5_affine_eq_25 -0.03564302623271942 n1_l5_affine_eq_26 -0.0722883865237236
    n1_l3_affine_13 n1_l5_affine_eq_27 -0.12136606127023697 n1_l5_affine_eq_28 0.27142980694770813
    n1_l3_affine_13 n1_l5_affine_eq_29 -0.14485079050064087 n1_l5_affine_eq_30 -0.3536297380924225
    n1_l3_affine_13 n1_l5_affine_eq_31 -0.19653795659542084 n1_l5_affine_eq_32 0.36626479029655457
    n1_l3_affine_13 n1_l5_affine_eq_33 0.0217523742467165 n1_l5_affine_eq_34 0.00607842905446887
    n1_l3_affine_13 n1_l5_affine_eq_35 -0.40940436720848083 n1_l5_affine_eq_36 -0.10166343301534653
    n1_l3_affine_13 n1_l5_affine_eq_37 0.08831019699573517 n1_l5_affine_eq_38 0.05699339509010315
    n1_l3_affine_13 n1_l5_affine_eq_39 0.2398321032524109 n1_l5_affine_eq_40 -0.17593449354171753
    n1_l3_affine_13 n1_l5_affine_eq_41 -0.013398103415966034 n1_l5_affine_eq_42 -0.25496888160705566
    n1_l3_affine_13 n1_l5_affine_eq_43 -0.17592859268188477 n1_l5_affine_eq_44 -0.21140822768211365
    n1_l3_affine_13 n1_l5_affine_eq_45 0.047845903784036636 n1_l5_affine_eq_46 -0.15306426584720612
    n1_l3_affine_13 n1_l5_affine_eq_47 0.042725689709186554 n1_l5_affine_eq_48 -0.2422790378332138
    n1_l3_affine_13 n1_l5_affine_eq_49 -0.3004394769668579 n1_l5_affine_eq_50 0.024815233424305916
    n1_l3_affine_13 n1_l5_affine_eq_51 -0.337798535823822 n1_l5_affine_eq_52 -0.2761850357055664
    n1_l3_affine_13 n1_l5_affine_eq_53 -0.0045736366882920265 n1_l5_affine_eq_54 -0.07353045046329498
    n1_l3_affine_13 n1_l5_affine_eq_55 -0.20994777977466583 n1_l5_affine_eq_56 0.007277544587850571
    n1_l3_affine_13 n1_l5_affine_eq_57 0.19915500283241272 n1_l5_affine_eq_58 0.19857707619667053
    n1_l3_affine_13 n1_l5_affine_eq_59 0.13973306119441986
    n1_l3_affine_14 n1_l3_affine_eq_14 1 n1_l4_relu_ge_14 -1
    n1_l3_affine_14 n1_l4_relu_off_14 -1
    n1_l3_affine_15 n1_l3_affine_eq_15 1 n1_l5_affine_eq_0 -0.009956353344023228
    n1_l3_affine_15 n1_l5_affine_eq_1 0.24710853397846222 n1_l5_affine_eq_2 0.04676339030265808
    n1_l3_affine_15 n1_l5_affine_eq_3 -0.22171330451965332 n1_l5_affine_eq_4 -0.17733709514141083
    n1_l3_affine_15 n1_l5_affine_eq_5 -0.06204269826412201 n1_l5_affine_eq_6 0.13090120255947113
    n1_l3_affine_15 n1_l5_affine_eq_7 -0.12217874825000763 n1_l5_affine_eq_8 0.05367330461740494
    n1_l3_affine_15 n1_l5_affine_eq_9 0.10533654689788818 n1_l5_affine_eq_10 -0.11651032418012619
    n1_l3_affine_15 n1_l5_affine_eq_11 0.3246423304080963 n1_l5_affine_eq_12 0.10969483852386475
    n1_l3_affine_15 n1_l5_affine_eq_13 0.19682587683200836 n1_l5_affine_eq_14 0.1617039293050766
    n1_l3_affine_15 n1_l5_affine_eq_15 0.28094932436943054 n1_l5_affine_eq_16 -0.038462962955236435
    n1_l3_affine_15 n1_l5_affine_eq_17 0.04479902237653732 n1_l5_affine_eq_18 -0.19362403452396393
    n1_l3_affine_15 n1_l5_affine_eq_19 0.10415022075176239 n1_l5_affine_eq_20 0.2388247698545456
    n1_l3_affine_15 n1_l5_affine_eq_21 0.08530744165182114 n1_l5_affine_eq_22 -0.07433684170246124
    n1_l3_affine_15 n1_l5_affine_eq_23 0.02381138689815998 n1_l5_affine_eq_24 0.0898023396730423
    n1_l3_affine_15 n1_l5_affine_eq_25 -0.05236512050032616 n1_l5_affine_eq_26 -0.003646929282695055
    n1_l3_affine_15 n1_l5_affine_eq_27 -0.23672716319561005 n1_l5_affine_eq_28 0.11841976642608643
    n1_l3_affine_15 n1_l5_affine_eq_29 0.3692818284034729 n1_l5_affine_eq_30 0.06679869443178177
    n1_l3_affine_15 n1_l5_affine_eq_31 0.19493021070957184 n1_l5_affine_eq_32 -0.23798486590385437
    n1_l3_affine_15 n1_l5_affine_eq_33 0.08983164280653 n1_l5_affine_eq_34 0.4925706386566162
    n1_l3_affine_15 n1_l5_affine_eq_35 0.05930057168006897 n1_l5_affine_eq_36 0.6068416833877563
    n1_l3_affine_15 n1_l5_affine_eq_37 -0.12936647236347198 n1_l5_affine_eq_38 -0.27378618717193604
    n1_l3_affine_15 n1_l5_affine_eq_39 -0.2270326167345047 n1_l5_affine_eq_40 0.14502736926078796
    n1_l3_affine_15 n1_l5_affine_eq_41 -0.053050220012664795 n1_l5_affine_eq_42 0.07486319541931152
    n1_l3_affine_15 n1_l5_affine_eq_43 0.29200494289398193 n1_l5_affine_eq_44 0.07971029728651047
    n1_l3_affine_15 n1_l5_affine_eq_45 0.04097440838813782 n1_l5_affine_eq_46 -0.2478756606578827
    n1_l3_affine_15 n1_l5_affine_eq_47 0.1372538059949875 n1_l5_affine_eq_48 0.03898004814982414
    n1_l3_affine_15 n1_l5_affine_eq_49 -0.25990790128707886 n1_l5_affine_eq_50 -0.009195313788950443
    n1_l3_affine_15 n1_l5_affine_eq_51 0.13752590119838715 n1_l5_affine_eq_52 0.054123904556035995
    n1_l3_affine_15 n1_l5_affine_eq_53 -0.22116947174072266 n1_l5_affine_eq_54 0.0856761634349823
    n1_l3_affine_15 n1_l5_affine_eq_55 -0.03309079632163048 n1_l5_affine_eq_56 -0.0075483485125005245
    n1_l3_affine_15 n1_l5_affine_eq_57 0.07742447406053543 n1_l5_affine_eq_58 0.09152118116617203
    n1_l3_affine_15 n1_l5_affine_eq_59 -0.16402508318424225
    n1_l3_affine_16 n1_l3_affine_eq_16 1 n1_l4_relu_ge_16 -1
    n1_l3_affine_16 n1_l4_relu_off_16 -1
    n1_l3_affine_17 n1_l3_affine_eq_17 1
    n1_l3_affine_18 n1_l3_affine_eq_18 1
    n1_l3_affine_19 n1_l3_affine_eq_19 1 n1_l5_affine_eq_0 -0.4176614582538605
    n1_l3_affine_19 n1_l5_affine_eq_1 0.19649919867515564 n1_l5_affine_eq_2 -0.075205497443676
    n1_l3_affine_19 n1_l5_affine_eq_3 0.2124847024679184 n1_l5_affine_eq_4 0.06933864951133728
    n1_l3_affine_19 n1_l5_affine_eq_5 -0.4146672189235687 n1_l5_affine_eq_6 -0.08070216327905655
    n1_l3_affine_19 n1_l5_affine_eq_7 0.2548324763774872 n1_l5_affine_eq_8 0.1783192753791809
    n1_l3_affine_19 n1_l5_affine_eq_9 -0.2944628596305847 n1_l5_affine_eq_10 0.0338129922747612
    n1_l3_affine_19 n1_l5_affine_eq_11 -0.11765067279338837 n1_l5_affine_eq_12 0.028441015630960464
    n1_l3_affine_19 n1_l5_affine_eq_13 0.20989039540290833 n1_l5_affine_eq_14 -0.38209787011146545
    n1_l3_affine_19 n1_l5_affine_eq_15 -0.36482298374176025 n1_l5_affine_eq_16 0.19138754904270172
    n1_l3_affine_19 n1_l5_affine_eq_17 -0.08803683519363403 n1_l5_affine_eq_18 -0.011899920180439949
    n1_l3_affine_19 n1_l5_affine_eq_19 0.14751236140727997 n1_l5_affine_eq_20 -0.05300750210881233
    n1_l3_affine_19 n1_l5_affine_eq_21 0.1747772991657257 n1_l5_affine_eq_22 -0.4758050739765167
    n1_l3_affine_19 n1_l5_affine_eq_23 -0.01185630727559328 n1_l5_affine_eq_24 -0.303388386964798
    n1_l3_affine_19 n1_l5_affine_eq_25 0.12707966566085815 n1_l5_affine_eq_26 0.2069305181503296
    n1_l3_affine_19 n1_l5_affine_eq_27 -0.21535098552703857 n1_l5_affine_eq_28 -0.14733128249645233
    n1_l3_affine_19 n1_l5_affine_eq_29 -0.35503172874450684 n1_l5_affine_eq_30 0.14552824199199677
    n1_l3_affine_19 n1_l5_affine_eq_31 -0.11377520114183426 n1_l5_affine_eq_32 0.2536749541759491
    n1_l3_affine_19 n1_l5_affine_eq_33 0.0854673758149147 n1_l5_affine_eq_34 -0.1992737501859665
    n1_l3_affine_19 n1_l5_affine_eq_35 -0.16419671475887299 n1_l5_affine_eq_36 -0.2910382151603699
    n1_l3_affine_19 n1_l5_affine_eq_37 -0.2381312996149063 n1_l5_affine_eq_38 0.2869267761707306
    n1_l3_affine_19 n1_l5_affine_eq_39 -0.07510929554700851 n1_l5_affine_eq_40 -0.2888082265853882
    n1_l3_affine_19 n1_l5_affine_eq_41 -0.2238747477531433 n1_l5_affine_eq_42 -0.23773275315761566
    n1_l3_affine_19 n1_l5_affine_eq_43 -0.05937173217535019 n1_l5_affine_eq_44 -0.09624003618955612
    n1_l3_affine_19 n1_l5_affine_eq_45 -0.11420152336359024 n1_l5_affine_eq_46 0.18668751418590546
    n1_l3_affine_19 n1_l5_affine_eq_47 -0.027543406933546066 n1_l5_affine_eq_48 0.11757158488035202
    n1_l3_affine_19 n1_l5_affine_eq_49 -0.28202465176582336 n1_l5_affine_eq_50 0.259453147649765
    n1_l3_affine_19 n1_l5_affine_eq_51 0.3991273045539856 n1_l5_affine_eq_52 -0.18575692176818848
    n1_l3_affine_19 n1_l5_affine_eq_53 -0.06484467536211014 n1_l5_affine_eq_54 0.0017811141442507505
    n1_l3_affine_19 n1_l5_affine_eq_55 0.1540054827928543 n1_l5_affine_eq_56 0.10575420409440994
    n1_l3_affine_19 n1_l5_affine_eq_57 -0.21447758376598358 n1_l5_affine_eq_58 -0.25854241847991943
    n1_l3_affine_19 n1_l5_affine_eq_59 0.17900992929935455
    n1_l3_affine_20 n1_l3_affine_eq_20 1 n1_l5_affine_eq_0 0.12189017981290817
    n1_l3_affine_20 n1_l5_affine_eq_1 0.47898370027542114 n1_l5_affine_eq_2 0.21173858642578125
    n1_l3_affine_20 n1_l5_affine_eq_3 -0.011381587013602257 n1_l5_affine_eq_4 0.13864775002002716
    n1_l3_affine_20 n1_l5_affine_eq_5 0.1958913803100586 n1_l5_affine_eq_6 0.0898481234908104
    n1_l3_affine_20 n1_l5_affine_eq_7 -0.12869130074977875 n1_l5_affine_eq_8 -0.02469043992459774
    n1_l3_affine_20 n1_l5_affine_eq_9 -0.3097399175167084 n1_l5_affine_eq_10 -0.01170712523162365
    n1_l3_affine_20 n1_l5_affine_eq_11 -0.04761738330125809 n1_l5_affine_eq_12 0.10763372480869293
    n1_l3_affine_20 n1_l5_affine_eq_13 0.5373413562774658 n1_l5_affine_eq_14 0.20336395502090454
    n1_l3_affine_20 n1_l5_affine_eq_15 -0.04555356130003929 n1_l5_affine_eq_16 -0.11805331707000732
    n1_l3_affine_20 n1_l5_affine_eq_17 0.19578808546066284 n1_l5_affine_eq_18 0.0962948352098465
    n1_l3_affine_20 n1_l5_affine_eq_19 0.057620204985141754 n1_l5_affine_eq_20 0.13174568116664886
    n1_l3_affine_20 n1_l5_affine_eq_21 0.25217577815055847 n1_l5_affine_eq_22 -0.1891487091779709
    n1_l3_affine_20 n1_l5_affine_eq_23 -0.16942133009433746 n1_l5_affine_eq_24 -0.12662062048912048
    n1_l3_affine_20 n1_l5_affine_eq_25 0.06019691005349159 n1_l5_affine_eq_26 -0.19362671673297882
    n1_l3_affine_20 n1_l5_affine_eq_27 -0.33483701944351196 n1_l5_affine_eq_28 0.011906084604561329
    n1_l3_affine_20 n1_l5_affine_eq_29 0.6049075126647949 n1_l5_affine_eq_30 -0.1943919062614441
    n1_l3_affine_20 n1_l5_affine_eq_31 0.018184322863817215 n1_l5_affine_eq_32 0.41521701216697693
    n1_l3_affine_20 n1_l5_affine_eq_33 -0.10695111006498337 n1_l5_affine_eq_34 0.2641329765319824
    n1_l3_affine_20 n1_l5_affine_eq_35 0.14714539051055908 n1_l5_affine_eq_36 0.6170315742492676
    n1_l3_affine_20 n1_l5_affine_eq_37 -0.24189242720603943 n1_l5_affine_eq_38 -0.1499091386795044
    n1_l3_affine_20 n1_l5_affine_eq_39 -0.11397651582956314 n1_l5_affine_eq_40 -0.01987646333873272
    n1_l3_affine_20 n1_l5_affine_eq_41 -0.05072963610291481 n1_l5_affine_eq_42 0.09245940297842026
    n1_l3_affine_20 n1_l5_affine_eq_43 0.42305681109428406 n1_l5_affine_eq_44 0.003851662389934063
    n1_l3_affine_20 n1_l5_affine_eq_45 -0.23430323600769043 n1_l5_affine_eq_46 0.30678021907806396
    n1_l3_affine_20 n1_l5_affine_eq_47 0.029709456488490105 n1_l5_affine_eq_48 -0.05069902539253235
    n1_l3_affine_20 n1_l5_affine_eq_49 -0.266679972410202 n1_l5_affine_eq_50 -0.11134083569049835
    n1_l3_affine_20 n1_l5_affine_eq_51 0.2573543190956116 n1_l5_affine_eq_52 -0.07438770681619644
    n1_l3_affine_20 n1_l5_affine_eq_53 -0.08269167691469193 n1_l5_affine_eq_54 -0.10927917063236237
    n1_l3_affine_20 n1_l5_affine_eq_55 0.010387297719717026 n1_l5_affine_eq_56 0.12598514556884766
    n1_l3_affine_20 n1_l5_affine_eq_57 -0.208828866481781 n1_l5_affine_eq_58 -0.12288472056388855
    n1_l3_affine_20 n1_l5_affine_eq_59 0.15712322294712067
    n1_l3_affine_21 n1_l3_affine_eq_21 1 n1_l4_relu_ge_21 -1
    n1_l3_affine_21 n1_l4_relu_off_21 -1
    n1_l3_affine_22 n1_l3_affine_eq_22 1 n1_l5_affine_eq_0 -0.42192187905311584
    n1_l3_affine_22 n1_l5_affine_eq_1 0.1362023800611496 n1_l5_affine_eq_2 0.31634390354156494
    n1_l3_affine_22 n1_l5_affine_eq_3 -0.06541431695222855 n1_l5_affine_eq_4 -0.17831379175186157
    n1_l3_affine_22 n1_l5_affine_eq_5 0.30322831869125366 n1_l5_affine_eq_6 0.33461642265319824
    n1_l3_affine_22 n1_l5_affine_eq_7 -0.05618979409337044 n1_l5_affine_eq_8 0.12468787282705307
    n1_l3_affine_22 n1_l5_affine_eq_9 -0.11385028064250946 n1_l5_affine_eq_10 0.1516421139240265
    n1_l3_affine_22 n1_l5_affine_eq_11 0.15992219746112823 n1_l5_affine_eq_12 0.11709082126617432
    n1_l3_affine_22 n1_l5_affine_eq_13 -0.04732077568769455 n1_l5_affine_eq_14 -0.01240934245288372
    n1_l3_affine_22 n1_l5_affine_eq_15 -0.01961086504161358 n1_l5_affine_eq_16 0.26214495301246643
    n1_l3_affine_22 n1_l5_affine_eq_17 -0.2709169387817383 n1_l5_affine_eq_18 -0.37372228503227234
    n1_l3_affine_22 n1_l5_affine_eq_19 -0.10123876482248306 n1_l5_affine_eq_20 0.07398644834756851
    n1_l3_affine_22 n1_l5_affine_eq_21 -0.34192532300949097 n1_l5_affine_eq_22 -0.11493470519781113
    n1_l3_affine_22 n1_l5_affine_eq_23 -0.080912746489048 n1_l5_affine_eq_24 0.04814120754599571
    n1_l3_affine_22 n1_l5_affine_eq_25 -0.39980703592300415 n1_l5_affine_eq_26 -0.13061773777008057
    n1_l3_affine_22 n1_l5_affine_eq_27 0.38955068588256836 n1_l5_affine_eq_28 0.42125022411346436
    n1_l3_affine_22 n1_l5_affine_eq_29 0.30822524428367615 n1_l5_affine_eq_30 -0.1912756711244583
    n1_l3_affine_22 n1_l5_affine_eq_31 -0.1629372537136078 n1_l5_affine_eq_32 0.21954654157161713
    n1_l3_affine_22 n1_l5_affine_eq_33 0.20320351421833038 n1_l5_affine_eq_34 0.7143112421035767
    n1_l3_affine_22 n1_l5_affine_eq_35 -0.19075815379619598 n1_l5_affine_eq_36 0.5663462281227112
    n1_l3_affine_22 n1_l5_affine_eq_37 0.060657475143671036 n1_l5_affine_eq_38 0.19031833112239838
    n1_l3_affine_22 n1_l5_affine_eq_39 0.1659548133611679 n1_l5_affine_eq_40 -0.15186557173728943
    n1_l3_affine_22 n1_l5_affine_eq_41 0.1431034654378891 n1_l5_affine_eq_42 0.18678441643714905
    n1_l3_affine_22 n1_l5_affine_eq_43 -0.3253043293952942 n1_l5_affine_eq_44 0.13522663712501526
    n1_l3_affine_22 n1_l5_affine_eq_45 0.2083148956298828 n1_l5_affine_eq_46 -0.09224747866392136
    n1_l3_affine_22 n1_l5_affine_eq_47 -0.03471692278981209 n1_l5_affine_eq_48 -0.36006033420562744
    n1_l3_affine_22 n1_l5_affine_eq_49 0.20623016357421875 n1_l5_affine_eq_50 -0.18862774968147278
    n1_l3_affine_22 n1_l5_affine_eq_51 0.3134375214576721 n1_l5_affine_eq_52 -0.09404290467500687
    n1_l3_affine_22 n1_l5_affine_eq_53 0.30902203917503357 n1_l5_affine_eq_54 0.09765057265758514
    n1_l3_affine_22 n1_l5_affine_eq_55 -0.13289238512516022 n1_l5_affine_eq_56 -0.0002509823825675994
    n1_l3_affine_22 n1_l5_affine_eq_57 -0.2798449695110321 n1_l5_affine_eq_58 -0.1590157449245453
    n1_l3_affine_22 n1_l5_affine_eq_59 0.09786367416381836
    n1_l3_affine_23 n1_l3_affine_eq_23 1 n1_l5_affine_eq_0 -0.03699444606900215
    n1_l3_affine_23 n1_l5_affine_eq_1 0.10930003970861435 n1_l5_affine_eq_2 -0.05421135202050209
    n1_l3_affine_23 n1_l5_affine_eq_3 -0.03512205183506012 n1_l5_affine_eq_4 0.21174468100070953
    n1_l3_affine_23 n1_l5_affine_eq_5 -0.1633821576833725 n1_l5_affine_eq_6 0.30393460392951965
    n1_l3_affine_23 n1_l5_affine_eq_7 -0.22444091737270355 n1_l5_affine_eq_8 0.03805626183748245
    n1_l3_affine_23 n1_l5_affine_eq_9 0.3142111301422119 n1_l5_affine_eq_10 0.07626350224018097
    n1_l3_affine_23 n1_l5_affine_eq_11 -0.004262961447238922 n1_l5_affine_eq_12 0.24909457564353943
    n1_l3_affine_23 n1_l5_affine_eq_13 0.2756964862346649 n1_l5_affine_eq_14 -0.0855984166264534
    n1_l3_affine_23 n1_l5_affine_eq_15 -0.3175182342529297 n1_l5_affine_eq_16 -0.2977202236652374
    n1_l3_affine_23 n1_l5_affine_eq_17 0.19790451228618622 n1_l5_affine_eq_18 0.26484769582748413
    n1_l3_affine_23 n1_l5_affine_eq_19 0.31840336322784424 n1_l5_affine_eq_20 0.06379745155572891
    n1_l3_affine_23 n1_l5_affine_eq_21 -0.1762205809354782 n1_l5_affine_eq_22 0.11136537045240402
    n1_l3_affine_23 n1_l5_affine_eq_23 0.08251188695430756 n1_l5_affine_eq_24 -0.032006487250328064
    n1_l3_affine_23 n1_l5_affine_eq_25 0.1547595113515854 n1_l5_affine_eq_26 0.313768208026886
    n1_l3_affine_23 n1_l5_affine_eq_27 -0.21245035529136658 n1_l5_affine_eq_28 -0.32004889845848083
    n1_l3_affine_23 n1_l5_affine_eq_29 -0.30083876848220825 n1_l5_affine_eq_30 0.27183327078819275
    n1_l3_affine_23 n1_l5_affine_eq_31 -0.04756442457437515 n1_l5_affine_eq_32 -0.22196272015571594
    n1_l3_affine_23 n1_l5_affine_eq_33 -0.04291081801056862 n1_l5_affine_eq_34 -0.06112769991159439
    n1_l3_affine_23 n1_l5_affine_eq_35 0.2909535765647888 n1_l5_affine_eq_36 0.06677283346652985
    n1_l3_affine_23 n1_l5_affine_eq_37 -0.19537630677223206 n1_l5_affine_eq_38 -0.12107681483030319
    n1_l3_affine_23 n1_l5_affine_eq_39 -0.11530759185552597 n1_l5_affine_eq_40 -0.24441029131412506
    n1_l3_affine_23 n1_l5_affine_eq_41 0.5338582396507263 n1_l5_affine_eq_42 -0.004541341215372086
    n1_l3_affine_23 n1_l5_affine_eq_43 -0.11624521762132645 n1_l5_affine_eq_44 0.27778226137161255
    n1_l3_affine_23 n1_l5_affine_eq_45 0.44621315598487854 n1_l5_affine_eq_46 -0.3488551080226898
    n1_l3_affine_23 n1_l5_affine_eq_47 -0.2696233093738556 n1_l5_affine_eq_48 -0.20199136435985565
    n1_l3_affine_23 n1_l5_affine_eq_49 -0.12747319042682648 n1_l5_affine_eq_50 -0.03047509305179119
    n1_l3_affine_23 n1_l5_affine_eq_51 -0.032362762838602066 n1_l5_affine_eq_52 -0.13639035820960999
    n1_l3_affine_23 n1_l5_affine_eq_53 -0.11011113971471786 n1_l5_affine_eq_54 0.190487340092659
    n1_l3_affine_23 n1_l5_affine_eq_55 0.14878252148628235 n1_l5_affine_eq_56 -0.10844668000936508
    n1_l3_affine_23 n1_l5_affine_eq_57 0.07972146570682526 n1_l5_affine_eq_58 -0.07410877197980881
    n1_l3_affine_23 n1_l5_affine_eq_59 0.010030078701674938
    n1_l3_affine_24 n1_l3_affine_eq_24 1
    n1_l3_affine_25 n1_l3_affine_eq_25 1
    n1_l3_affine_26 n1_l3_affine_eq_26 1
    n1_l3_affine_27 n1_l3_affine_eq_27 1 n1_l5_affine_eq_0 0.10641833394765854
    n1_l3_affine_27 n1_l5_affine_eq_1 0.1401921659708023 n1_l5_affine_eq_2 0.2405964881181717
    n1_l3_affine_27 n1_l5_affine_eq_3 0.2008528858423233 n1_l5_affine_eq_4 0.08665116876363754
    n1_l3_affine_27 n1_l5_affine_eq_5 0.7324943542480469 n1_l5_affine_eq_6 -0.14217408001422882
    n1_l3_affine_27 n1_l5_affine_eq_7 -0.029758859425783157 n1_l5_affine_eq_8 -0.30365198850631714
    n1_l3_affine_27 n1_l5_affine_eq_9 0.04319341480731964 n1_l5_affine_eq_10 0.3278535008430481
    n1_l3_affine_27 n1_l5_affine_eq_11 0.2849372327327728 n1_l5_affine_eq_12 0.07309773564338684
    n1_l3_affine_27 n1_l5_affine_eq_13 0.27250102162361145 n1_l5_affine_eq_14 -0.2984466552734375
    n1_l3_affine_27 n1_l5_affine_eq_15 0.18560442328453064 n1_l5_affine_eq_16 -0.24808531999588013
    n1_l3_affine_27 n1_l5_affine_eq_17 0.32507815957069397 n1_l5_affine_eq_18 0.22208435833454132
    n1_l3_affine_27 n1_l5_affine_eq_19 0.22731360793113708 n1_l5_affine_eq_20 0.10971396416425705
    n1_l3_affine_27 n1_l5_affine_eq_21 -0.5086709856987 n1_l5_affine_eq_22 0.03069273941218853
    n1_l3_affine_27 n1_l5_affine_eq_23 -0.13242749869823456 n1_l5_affine_eq_24 -0.24440297484397888
    n1_l3_affine_27 n1_l5_affine_eq_25 -0.6043205857276917 n1_l5_affine_eq_26 0.17879310250282288
    n1_l3_affine_27 n1_l5_affine_eq_27 -0.17477189004421234 n1_l5_affine_eq_28 -0.07219845801591873
    n1_l3_affine_27 n1_l5_affine_eq_29 0.021360505372285843 n1_l5_affine_eq_30 -0.3856796324253082
    n1_l3_affine_27 n1_l5_affine_eq_31 -0.02108326368033886 n1_l5_affine_eq_32 0.18104492127895355
    n1_l3_affine_27 n1_l5_affine_eq_33 -0.13080210983753204 n1_l5_affine_eq_34 0.36248382925987244
    n1_l3_affine_27 n1_l5_affine_eq_35 -0.3511729836463928 n1_l5_affine_eq_36 -0.012733208946883678
    n1_l3_affine_27 n1_l5_affine_eq_37 0.3841952085494995 n1_l5_affine_eq_38 -0.11757690459489822
    n1_l3_affine_27 n1_l5_affine_eq_39 -0.2728259861469269 n1_l5_affine_eq_40 0.40084877610206604
    n1_l3_affine_27 n1_l5_affine_eq_41 0.11334852874279022 n1_l5_affine_eq_42 -0.4188460409641266
    n1_l3_affine_27 n1_l5_affine_eq_43 0.2883179783821106 n1_l5_affine_eq_44 0.21243305504322052
    n1_l3_affine_27 n1_l5_affine_eq_45 0.5134051442146301 n1_l5_affine_eq_46 -0.012038148939609528
    n1_l3_affine_27 n1_l5_affine_eq_47 -0.48852118849754333 n1_l5_affine_eq_48 -0.6598744988441467
    n1_l3_affine_27 n1_l5_affine_eq_49 -0.27760741114616394 n1_l5_affine_eq_50 0.2511959373950958
    n1_l3_affine_27 n1_l5_affine_eq_51 -0.5072193145751953 n1_l5_affine_eq_52 -0.1506624072790146
    n1_l3_affine_27 n1_l5_affine_eq_53 0.1515309065580368 n1_l5_affine_eq_54 0.11704859137535095
    n1_l3_affine_27 n1_l5_affine_eq_55 -0.31406524777412415 n1_l5_affine_eq_56 0.04562254250049591
    n1_l3_affine_27 n1_l5_affine_eq_57 -0.1325017511844635 n1_l5_affine_eq_58 0.009622943587601185
    n1_l3_affine_27 n1_l5_affine_eq_59 0.19421954452991486
    n1_l3_affine_28 n1_l3_affine_eq_28 1 n1_l4_relu_ge_28 -1
    n1_l3_affine_28 n1_l4_relu_off_28 -1
    n1_l3_affine_29 n1_l3_affine_eq_29 1 n1_l5_affine_eq_0 -0.29159846901893616
    n1_l3_affine_29 n1_l5_affine_eq_1 0.08183276653289795 n1_l5_affine_eq_2 -0.14846307039260864
    n1_l3_affine_29 n1_l5_affine_eq_3 -0.13266374170780182 n1_l5_affine_eq_4 0.07520151138305664
    n1_l3_affine_29 n1_l5_affine_eq_5 -0.18174085021018982 n1_l5_affine_eq_6 0.22779780626296997
    n1_l3_affine_29 n1_l5_affine_eq_7 -0.24917644262313843 n1_l5_affine_eq_8 0.12363109737634659
    n1_l3_affine_29 n1_l5_affine_eq_9 0.16255366802215576 n1_l5_affine_eq_10 -0.2046760469675064
    n1_l3_affine_29 n1_l5_affine_eq_11 -0.21189233660697937 n1_l5_affine_eq_12 -0.17439790070056915
    n1_l3_affine_29 n1_l5_affine_eq_13 -0.19065724313259125 n1_l5_affine_eq_14 0.037126533687114716
    n1_l3_affine_29 n1_l5_affine_eq_15 -0.04899289458990097 n1_l5_affine_eq_16 -0.02697811834514141
    n1_l3_affine_29 n1_l5_affine_eq_17 0.16172978281974792 n1_l5_affine_eq_18 0.004904677160084248
    n1_l3_affine_29 n1_l5_affine_eq_19 0.11590069532394409 n1_l5_affine_eq_20 0.2188464254140854
    n1_l3_affine_29 n1_l5_affine_eq_21 -0.10171627998352051 n1_l5_affine_eq_22 0.03847489133477211
    n1_l3_affine_29 n1_l5_affine_eq_23 0.22532403469085693 n1_l5_affine_eq_24 0.19630762934684753
    n1_l3_affine_29 n1_l5_affine_eq_25 -0.02830503135919571 n1_l5_affine_eq_26 -0.0469253733754158
    n1_l3_affine_29 n1_l5_affine_eq_27 -0.03380488231778145 n1_l5_affine_eq_28 -0.24379761517047882
    n1_l3_affine_29 n1_l5_affine_eq_29 -0.17718970775604248 n1_l5_affine_eq_30 0.3494098484516144
    n1_l3_affine_29 n1_l5_affine_eq_31 0.08798618614673615 n1_l5_affine_eq_32 -0.14752107858657837
    n1_l3_affine_29 n1_l5_affine_eq_33 0.13937358558177948 n1_l5_affine_eq_34 -0.25292980670928955
    n1_l3_affine_29 n1_l5_affine_eq_35 0.25341182947158813 n1_l5_affine_eq_36 -0.08485563099384308
    n1_l3_affine_29 n1_l5_affine_eq_37 0.09827092289924622 n1_l5_affine_eq_38 -0.21797636151313782
    n1_l3_affine_29 n1_l5_affine_eq_39 0.10849493741989136 n1_l5_affine_eq_40 -0.22967174649238586
    n1_l3_affine_29 n1_l5_affine_eq_41 0.10022512823343277 n1_l5_affine_eq_42 -0.040094517171382904
    n1_l3_affine_29 n1_l5_affine_eq_43 -0.12768937647342682 n1_l5_affine_eq_44 -0.07646535336971283
    n1_l3_affine_29 n1_l5_affine_eq_45 -0.09454383701086044 n1_l5_affine_eq_46 -0.18792547285556793
    n1_l3_affine_29 n1_l5_affine_eq_47 -0.16379036009311676 n1_l5_affine_eq_48 -0.029305076226592064
    n1_l3_affine_29 n1_l5_affine_eq_49 0.3095383644104004 n1_l5_affine_eq_50 -0.20199699699878693
    n1_l3_affine_29 n1_l5_affine_eq_51 0.14753486216068268 n1_l5_affine_eq_52 0.21827200055122375
    n1_l3_affine_29 n1_l5_affine_eq_53 0.07477103173732758 n1_l5_affine_eq_54 -0.12017054110765457
    n1_l3_affine_29 n1_l5_affine_eq_55 0.31465184688568115 n1_l5_affine_eq_56 0.17299167811870575
    n1_l3_affine_29 n1_l5_affine_eq_57 -0.13566233217716217 n1_l5_affine_eq_58 -0.0386141762137413
    n1_l3_affine_29 n1_l5_affine_eq_59 -0.07158176600933075
    n1_l3_affine_30 n1_l3_affine_eq_30 1
    n1_l3_affine_31 n1_l3_affine_eq_31 1
    n1_l3_affine_32 n1_l3_affine_eq_32 1
    n1_l3_affine_33 n1_l3_affine_eq_33 1
    n1_l3_affine_34 n1_l3_affine_eq_34 1
    n1_l3_affine_35 n1_l3_affine_eq_35 1
    n1_l3_affine_36 n1_l3_affine_eq_36 1 n1_l5_affine_eq_0 -0.09171636402606964
    n1_l3_affine_36 n1_l5_affine_eq_1 -0.10647600889205933 n1_l5_affine_eq_2 0.18813464045524597
    n1_l3_affine_36 n1_l5_affine_eq_3 0.25603291392326355 n1_l5_affine_eq_4 -0.10329552739858627
    n1_l3_affine_36 n1_l5_affine_eq_5 0.2591223120689392 n1_l5_affine_eq_6 0.22922387719154358
    n1_l3_affine_36 n1_l5_affine_eq_7 -0.22793172299861908 n1_l5_affine_eq_8 -0.12905630469322205
    n1_l3_affine_36 n1_l5_affine_eq_9 0.20697994530200958 n1_l5_affine_eq_10 0.019553320482373238
    n1_l3_affine_36 n1_l5_affine_eq_11 -0.08809517323970795 n1_l5_affine_eq_12 0.12124177068471909
    n1_l3_affine_36 n1_l5_affine_eq_13 -0.16789765655994415 n1_l5_affine_eq_14 0.31468361616134644
    n1_l3_affine_36 n1_l5_affine_eq_15 0.07703664898872375 n1_l5_affine_eq_16 0.34472036361694336
    n1_l3_affine_36 n1_l5_affine_eq_17 -0.11937855184078217 n1_l5_affine_eq_18 -0.13009321689605713
    n1_l3_affine_36 n1_l5_affine_eq_19 -0.23518648743629456 n1_l5_affine_eq_20 0.186361625790596
    n1_l3_affine_36 n1_l5_affine_eq_21 -0.008641994558274746 n1_l5_affine_eq_22 0.08887948840856552
    n1_l3_affine_36 n1_l5_affine_eq_23 0.5019087791442871 n1_l5_affine_eq_24 -0.15220840275287628
    n1_l3_affine_36 n1_l5_affine_eq_25 -0.07688997685909271 n1_l5_affine_eq_26 -0.1312495619058609
    n1_l3_affine_36 n1_l5_affine_eq_27 -0.1740032434463501 n1_l5_affine_eq_28 -0.1821831464767456
    n1_l3_affine_36 n1_l5_affine_eq_29 0.026091506704688072 n1_l5_affine_eq_30 -0.051892876625061035
    n1_l3_affine_36 n1_l5_affine_eq_31 0.024621406570076942 n1_l5_affine_eq_32 0.1061561107635498
    n1_l3_affine_36 n1_l5_affine_eq_33 0.11138877272605896 n1_l5_affine_eq_34 0.13600659370422363
    n1_l3_affine_36 n1_l5_affine_eq_35 -0.09847018867731094 n1_l5_affine_eq_36 0.11193445324897766
    n1_l3_affine_36 n1_l5_affine_eq_37 0.29048845171928406 n1_l5_affine_eq_38 -0.2148580551147461
    n1_l3_affine_36 n1_l5_affine_eq_39 0.04050583392381668 n1_l5_affine_eq_40 -0.008614465594291687
    n1_l3_affine_36 n1_l5_affine_eq_41 0.029820213094353676 n1_l5_affine_eq_42 0.36860623955726624
    n1_l3_affine_36 n1_l5_affine_eq_43 -0.2897956073284149 n1_l5_affine_eq_44 0.3451051115989685
    n1_l3_affine_36 n1_l5_affine_eq_45 -0.1600261926651001 n1_l5_affine_eq_46 -0.2643331289291382
    n1_l3_affine_36 n1_l5_affine_eq_47 0.11481758952140808 n1_l5_affine_eq_48 0.18801072239875793
    n1_l3_affine_36 n1_l5_affine_eq_49 0.2464504987001419 n1_l5_affine_eq_50 0.057210419327020645
    n1_l3_affine_36 n1_l5_affine_eq_51 -0.23602260649204254 n1_l5_affine_eq_52 0.06603804975748062
    n1_l3_affine_36 n1_l5_affine_eq_53 0.16553233563899994 n1_l5_affine_eq_54 0.22080522775650024
    n1_l3_affine_36 n1_l5_affine_eq_55 -0.10014689713716507 n1_l5_affine_eq_56 0.2720564901828766
    n1_l3_affine_36 n1_l5_affine_eq_57 -0.05237192660570145 n1_l5_affine_eq_58 -0.04033349081873894
    n1_l3_affine_36 n1_l5_affine_eq_59 -0.023722035810351372
    n1_l3_affine_37 n1_l3_affine_eq_37 1 n1_l5_affine_eq_0 -0.16280341148376465
    n1_l3_affine_37 n1_l5_affine_eq_1 0.14711213111877441 n1_l5_affine_eq_2 -0.3200748562812805
    n1_l3_affine_37 n1_l5_affine_eq_3 -0.19230827689170837 n1_l5_affine_eq_4 -0.042070016264915466
    n1_l3_affine_37 n1_l5_affine_eq_5 0.09272970259189606 n1_l5_affine_eq_6 -0.08044862002134323
    n1_l3_affine_37 n1_l5_affine_eq_7 -0.04107452929019928 n1_l5_affine_eq_8 -0.2012091726064682
    n1_l3_affine_37 n1_l5_affine_eq_9 0.13538987934589386 n1_l5_affine_eq_10 0.2840573191642761
    n1_l3_affine_37 n1_l5_affine_eq_11 0.17828455567359924 n1_l5_affine_eq_12 0.17237721383571625
    n1_l3_affine_37 n1_l5_affine_eq_13 0.12306301295757294 n1_l5_affine_eq_14 -0.03810983523726463
    n1_l3_affine_37 n1_l5_affine_eq_15 -0.26299890875816345 n1_l5_affine_eq_16 0.00910002738237381
    n1_l3_affine_37 n1_l5_affine_eq_17 0.03149443492293358 n1_l5_affine_eq_18 -0.0852641761302948
    n1_l3_affine_37 n1_l5_affine_eq_19 0.20210827887058258 n1_l5_affine_eq_20 0.24455025792121887
    n1_l3_affine_37 n1_l5_affine_eq_21 -0.004192851949483156 n1_l5_affine_eq_22 -0.21062666177749634
    n1_l3_affine_37 n1_l5_affine_eq_23 -0.28782927989959717 n1_l5_affine_eq_24 0.013581735081970692
    n1_l3_affine_37 n1_l5_affine_eq_25 -0.11273638904094696 n1_l5_affine_eq_26 0.1511373221874237
    n1_l3_affine_37 n1_l5_affine_eq_27 0.010124974884092808 n1_l5_affine_eq_28 -0.2766231298446655
    n1_l3_affine_37 n1_l5_affine_eq_29 -0.19639575481414795 n1_l5_affine_eq_30 -0.10724605619907379
    n1_l3_affine_37 n1_l5_affine_eq_31 0.08537375181913376 n1_l5_affine_eq_32 -0.13318321108818054
    n1_l3_affine_37 n1_l5_affine_eq_33 0.0512717142701149 n1_l5_affine_eq_34 0.15908144414424896
    n1_l3_affine_37 n1_l5_affine_eq_35 -0.031160257756710052 n1_l5_affine_eq_36 0.005450110416859388
    n1_l3_affine_37 n1_l5_affine_eq_37 -0.09674053639173508 n1_l5_affine_eq_38 0.16346050798892975
    n1_l3_affine_37 n1_l5_affine_eq_39 -0.06919451057910919 n1_l5_affine_eq_40 0.017195843160152435
    n1_l3_affine_37 n1_l5_affine_eq_41 0.4915775656700134 n1_l5_affine_eq_42 0.2970009744167328
    n1_l3_affine_37 n1_l5_affine_eq_43 -0.4295882284641266 n1_l5_affine_eq_44 -0.10608283430337906
    n1_l3_affine_37 n1_l5_affine_eq_45 -0.14247988164424896 n1_l5_affine_eq_46 -0.0744863823056221
    n1_l3_affine_37 n1_l5_affine_eq_47 -0.0475369356572628 n1_l5_affine_eq_48 0.00809849426150322
    n1_l3_affine_37 n1_l5_affine_eq_49 -0.2833016812801361 n1_l5_affine_eq_50 -0.0721457377076149
    n1_l3_affine_37 n1_l5_affine_eq_51 0.001885982695966959 n1_l5_affine_eq_52 -0.21160678565502167
    n1_l3_affine_37 n1_l5_affine_eq_53 0.005290176719427109 n1_l5_affine_eq_54 0.14692792296409607
    n1_l3_affine_37 n1_l5_affine_eq_55 -0.17287853360176086 n1_l5_affine_eq_56 0.21984989941120148
    n1_l3_affine_37 n1_l5_affine_eq_57 -0.16665059328079224 n1_l5_affine_eq_58 0.11700452119112015
    n1_l3_affine_37 n1_l5_affine_eq_59 -0.24749425053596497
    n1_l3_affine_38 n1_l3_affine_eq_38 1 n1_l5_affine_eq_0 0.027099484577775
    n1_l3_affine_38 n1_l5_affine_eq_1 0.16519410908222198 n1_l5_affine_eq_2 0.046266209334135056
    n1_l3_affine_38 n1_l5_affine_eq_3 0.08333844691514969 n1_l5_affine_eq_4 0.0325082466006279
    n1_l3_affine_38 n1_l5_affine_eq_5 -0.3753211200237274 n1_l5_affine_eq_6 0.1272488385438919
    n1_l3_affine_38 n1_l5_affine_eq_7 0.008683211170136929 n1_l5_affine_eq_8 -0.10196339339017868
    n1_l3_affine_38 n1_l5_affine_eq_9 0.1305418759584427 n1_l5_affine_eq_10 -0.048831913620233536
    n1_l3_affine_38 n1_l5_affine_eq_11 -0.20476409792900085 n1_l5_affine_eq_12 0.3761269748210907
    n1_l3_affine_38 n1_l5_affine_eq_13 0.34229597449302673 n1_l5_affine_eq_14 0.5176721811294556
    n1_l3_affine_38 n1_l5_affine_eq_15 -0.1024717316031456 n1_l5_affine_eq_16 0.0030854209326207638
    n1_l3_affine_38 n1_l5_affine_eq_17 0.1912097930908203 n1_l5_affine_eq_18 0.10126245766878128
    n1_l3_affine_38 n1_l5_affine_eq_19 -0.11497369408607483 n1_l5_affine_eq_20 0.09160063415765762
    n1_l3_affine_38 n1_l5_affine_eq_21 0.3545970320701599 n1_l5_affine_eq_22 -0.21582166850566864
    n1_l3_affine_38 n1_l5_affine_eq_23 -0.1197163388133049 n1_l5_affine_eq_24 -0.037790145725011826
    n1_l3_affine_38 n1_l5_affine_eq_25 0.3046944737434387 n1_l5_affine_eq_26 -0.030530795454978943
    n1_l3_affine_38 n1_l5_affine_eq_27 0.003509070025756955 n1_l5_affine_eq_28 -0.17898035049438477
    n1_l3_affine_38 n1_l5_affine_eq_29 0.2363574057817459 n1_l5_affine_eq_30 -0.004264799412339926
    n1_l3_affine_38 n1_l5_affine_eq_31 -0.09619294852018356 n1_l5_affine_eq_32 0.25233206152915955
    n1_l3_affine_38 n1_l5_affine_eq_33 -0.10136241465806961 n1_l5_affine_eq_34 -0.10461589694023132
    n1_l3_affine_38 n1_l5_affine_eq_35 0.13418801128864288 n1_l5_affine_eq_36 -0.22082120180130005
    n1_l3_affine_38 n1_l5_affine_eq_37 -0.22908809781074524 n1_l5_affine_eq_38 0.067610003054142
    n1_l3_affine_38 n1_l5_affine_eq_39 -0.43207234144210815 n1_l5_affine_eq_40 -0.019236743450164795
    n1_l3_affine_38 n1_l5_affine_eq_41 0.018503520637750626 n1_l5_affine_eq_42 0.001981651410460472
    n1_l3_affine_38 n1_l5_affine_eq_43 0.3109256625175476 n1_l5_affine_eq_44 0.029520509764552116
    n1_l3_affine_38 n1_l5_affine_eq_45 -0.38794130086898804 n1_l5_affine_eq_46 0.14153699576854706
    n1_l3_affine_38 n1_l5_affine_eq_47 0.005728936288505793 n1_l5_affine_eq_48 0.19281598925590515
    n1_l3_affine_38 n1_l5_affine_eq_49 -0.12220261245965958 n1_l5_affine_eq_50 0.27803897857666016
    n1_l3_affine_38 n1_l5_affine_eq_51 0.24720828235149384 n1_l5_affine_eq_52 -0.023832065984606743
    n1_l3_affine_38 n1_l5_affine_eq_53 -0.4216490387916565 n1_l5_affine_eq_54 -0.009578515775501728
    n1_l3_affine_38 n1_l5_affine_eq_55 -0.25457698106765747 n1_l5_affine_eq_56 -0.11900641769170761
    n1_l3_affine_38 n1_l5_affine_eq_57 0.21703237295150757 n1_l5_affine_eq_58 0.20410199463367462
    n1_l3_affine_38 n1_l5_affine_eq_59 0.20392601191997528
    n1_l3_affine_39 n1_l3_affine_eq_39 1 n1_l5_affine_eq_0 0.08139940351247787
    n1_l3_affine_39 n1_l5_affine_eq_1 -0.1734991818666458 n1_l5_affine_eq_2 0.09745851904153824
    n1_l3_affine_39 n1_l5_affine_eq_3 -0.3834300935268402 n1_l5_affine_eq_4 -0.30414173007011414
    n1_l3_affine_39 n1_l5_affine_eq_5 -0.15505091845989227 n1_l5_affine_eq_6 0.16379952430725098
    n1_l3_affine_39 n1_l5_affine_eq_7 -0.09614762663841248 n1_l5_affine_eq_8 -0.14435751736164093
    n1_l3_affine_39 n1_l5_affine_eq_9 -0.07732358574867249 n1_l5_affine_eq_10 0.09228800237178802
    n1_l3_affine_39 n1_l5_affine_eq_11 -0.1936979740858078 n1_l5_affine_eq_12 0.07144361734390259
    n1_l3_affine_39 n1_l5_affine_eq_13 0.018947482109069824 n1_l5_affine_eq_14 -0.29838821291923523
    n1_l3_affine_39 n1_l5_affine_eq_15 0.2427254170179367 n1_l5_affine_eq_16 -0.05370992422103882
    n1_l3_affine_39 n1_l5_affine_eq_17 -0.1464216411113739 n1_l5_affine_eq_18 -0.22521205246448517
    n1_l3_affine_39 n1_l5_affine_eq_19 -0.18927495181560516 n1_l5_affine_eq_20 0.1320423036813736
    n1_l3_affine_39 n1_l5_affine_eq_21 0.03163366764783859 n1_l5_affine_eq_22 -0.10826599597930908
    n1_l3_affine_39 n1_l5_affine_eq_23 -0.11647946387529373 n1_l5_affine_eq_24 -0.11732296645641327
    n1_l3_affine_39 n1_l5_affine_eq_25 0.11228359490633011 n1_l5_affine_eq_26 -0.1286371946334839
    n1_l3_affine_39 n1_l5_affine_eq_27 -0.32674166560173035 n1_l5_affine_eq_28 -0.07465682178735733
    n1_l3_affine_39 n1_l5_affine_eq_29 0.34404557943344116 n1_l5_affine_eq_30 0.16628271341323853
    n1_l3_affine_39 n1_l5_affine_eq_31 0.10019146651029587 n1_l5_affine_eq_32 0.12557804584503174
    n1_l3_affine_39 n1_l5_affine_eq_33 0.031589530408382416 n1_l5_affine_eq_34 0.09219197183847427
    n1_l3_affine_39 n1_l5_affine_eq_35 0.07342804223299026 n1_l5_affine_eq_36 0.48592785000801086
    n1_l3_affine_39 n1_l5_affine_eq_37 -0.24420583248138428 n1_l5_affine_eq_38 -0.31261110305786133
    n1_l3_affine_39 n1_l5_affine_eq_39 -0.12455704063177109 n1_l5_affine_eq_40 0.11585621535778046
    n1_l3_affine_39 n1_l5_affine_eq_41 -0.2996945381164551 n1_l5_affine_eq_42 0.07187524437904358
    n1_l3_affine_39 n1_l5_affine_eq_43 -0.17406071722507477 n1_l5_affine_eq_44 -0.0853351578116417
    n1_l3_affine_39 n1_l5_affine_eq_45 -0.12050436437129974 n1_l5_affine_eq_46 0.11463605612516403
    n1_l3_affine_39 n1_l5_affine_eq_47 0.36941373348236084 n1_l5_affine_eq_48 0.005497337318956852
    n1_l3_affine_39 n1_l5_affine_eq_49 0.02256971225142479 n1_l5_affine_eq_50 -0.2609429657459259
    n1_l3_affine_39 n1_l5_affine_eq_51 -0.02732706256210804 n1_l5_affine_eq_52 0.26116836071014404
    n1_l3_affine_39 n1_l5_affine_eq_53 -0.10090850293636322 n1_l5_affine_eq_54 0.007914011366665363
    n1_l3_affine_39 n1_l5_affine_eq_55 -0.28909921646118164 n1_l5_affine_eq_56 0.17715387046337128
    n1_l3_affine_39 n1_l5_affine_eq_57 0.29818832874298096 n1_l5_affine_eq_58 0.08341959863901138
    n1_l3_affine_39 n1_l5_affine_eq_59 -0.1970565766096115
    n1_l3_affine_40 n1_l3_affine_eq_40 1
    n1_l3_affine_41 n1_l3_affine_eq_41 1 n1_l4_relu_ge_41 -1
    n1_l3_affine_41 n1_l4_relu_off_41 -1
    n1_l3_affine_42 n1_l3_affine_eq_42 1 n1_l5_affine_eq_0 -0.16806818544864655
    n1_l3_affine_42 n1_l5_affine_eq_1 0.10132959485054016 n1_l5_affine_eq_2 0.17447982728481293
    n1_l3_affine_42 n1_l5_affine_eq_3 -0.04088522866368294 n1_l5_affine_eq_4 0.20511548221111298
    n1_l3_affine_42 n1_l5_affine_eq_5 -0.2138998806476593 n1_l5_affine_eq_6 0.0636395514011383
    n1_l3_affine_42 n1_l5_affine_eq_7 -0.4175938069820404 n1_l5_affine_eq_8 0.007895885035395622
    n1_l3_affine_42 n1_l5_affine_eq_9 0.10959203541278839 n1_l5_affine_eq_10 -0.12502218782901764
    n1_l3_affine_42 n1_l5_affine_eq_11 -0.15667496621608734 n1_l5_affine_eq_12 0.1883334368467331
    n1_l3_affine_42 n1_l5_affine_eq_13 -0.38926181197166443 n1_l5_affine_eq_14 0.08893553167581558
    n1_l3_affine_42 n1_l5_affine_eq_15 0.17051176726818085 n1_l5_affine_eq_16 0.07759437710046768
    n1_l3_affine_42 n1_l5_affine_eq_17 -0.14204850792884827 n1_l5_affine_eq_18 -0.31907081604003906
    n1_l3_affine_42 n1_l5_affine_eq_19 -0.1169753149151802 n1_l5_affine_eq_20 0.3064832091331482
    n1_l3_affine_42 n1_l5_affine_eq_21 0.2294934093952179 n1_l5_affine_eq_22 0.06288888305425644
    n1_l3_affine_42 n1_l5_affine_eq_23 -0.3617447018623352 n1_l5_affine_eq_24 -0.0065942974761128426
    n1_l3_affine_42 n1_l5_affine_eq_25 0.6747011542320251 n1_l5_affine_eq_26 -0.035871442407369614
    n1_l3_affine_42 n1_l5_affine_eq_27 -0.17172306776046753 n1_l5_affine_eq_28 0.2753441333770752
    n1_l3_affine_42 n1_l5_affine_eq_29 -0.16240571439266205 n1_l5_affine_eq_30 -0.17419463396072388
    n1_l3_affine_42 n1_l5_affine_eq_31 0.21523886919021606 n1_l5_affine_eq_32 -0.14899304509162903
    n1_l3_affine_42 n1_l5_affine_eq_33 0.09330873936414719 n1_l5_affine_eq_34 0.32221806049346924
    n1_l3_affine_42 n1_l5_affine_eq_35 0.04375766962766647 n1_l5_affine_eq_36 -0.4442875385284424
    n1_l3_affine_42 n1_l5_affine_eq_37 -0.03472422808408737 n1_l5_affine_eq_38 -0.3524784743785858
    n1_l3_affine_42 n1_l5_affine_eq_39 0.060942694544792175 n1_l5_affine_eq_40 0.28521180152893066
    n1_l3_affine_42 n1_l5_affine_eq_41 -0.1109306812286377 n1_l5_affine_eq_42 0.179743692278862
    n1_l3_affine_42 n1_l5_affine_eq_43 0.18896351754665375 n1_l5_affine_eq_44 0.1490727812051773
    n1_l3_affine_42 n1_l5_affine_eq_45 -0.18676209449768066 n1_l5_affine_eq_46 -0.3203117549419403
    n1_l3_affine_42 n1_l5_affine_eq_47 -0.0685548186302185 n1_l5_affine_eq_48 0.10541916638612747
    n1_l3_affine_42 n1_l5_affine_eq_49 -0.27784067392349243 n1_l5_affine_eq_50 0.1484297513961792
    n1_l3_affine_42 n1_l5_affine_eq_51 0.24991489946842194 n1_l5_affine_eq_52 0.2122066468000412
    n1_l3_affine_42 n1_l5_affine_eq_53 -0.14440564811229706 n1_l5_affine_eq_54 -0.12668795883655548
    n1_l3_affine_42 n1_l5_affine_eq_55 0.13927514851093292 n1_l5_affine_eq_56 -0.05499966815114021
    n1_l3_affine_42 n1_l5_affine_eq_57 0.021942613646388054 n1_l5_affine_eq_58 0.3121369779109955
    n1_l3_affine_42 n1_l5_affine_eq_59 0.24238964915275574
    n1_l3_affine_43 n1_l3_affine_eq_43 1
    n1_l3_affine_44 n1_l3_affine_eq_44 1 n1_l5_affine_eq_0 -0.21924804151058197
    n1_l3_affine_44 n1_l5_affine_eq_1 0.3713374733924866 n1_l5_affine_eq_2 0.16536147892475128
    n1_l3_affine_44 n1_l5_affine_eq_3 -0.08393820375204086 n1_l5_affine_eq_4 0.046745095402002335
    n1_l3_affine_44 n1_l5_affine_eq_5 0.019184904173016548 n1_l5_affine_eq_6 0.08247518539428711
    n1_l3_affine_44 n1_l5_affine_eq_7 0.004042908549308777 n1_l5_affine_eq_8 0.3382165729999542
    n1_l3_affine_44 n1_l5_affine_eq_9 -0.1162368506193161 n1_l5_affine_eq_10 -0.15507155656814575
    n1_l3_affine_44 n1_l5_affine_eq_11 0.16716846823692322 n1_l5_affine_eq_12 0.14368994534015656
    n1_l3_affine_44 n1_l5_affine_eq_13 0.4722522795200348 n1_l5_affine_eq_14 -0.04922397434711456
    n1_l3_affine_44 n1_l5_affine_eq_15 0.1646745204925537 n1_l5_affine_eq_16 -0.024633081629872322
    n1_l3_affine_44 n1_l5_affine_eq_17 -0.1478310525417328 n1_l5_affine_eq_18 0.0810384675860405
    n1_l3_affine_44 n1_l5_affine_eq_19 -0.13405930995941162 n1_l5_affine_eq_20 0.11853692680597305
    n1_l3_affine_44 n1_l5_affine_eq_21 0.13355885446071625 n1_l5_affine_eq_22 -0.21573951840400696
    n1_l3_affine_44 n1_l5_affine_eq_23 0.24555076658725739 n1_l5_affine_eq_24 -0.1744634509086609
    n1_l3_affine_44 n1_l5_affine_eq_25 -0.11133211851119995 n1_l5_affine_eq_26 -0.11442184448242188
    n1_l3_affine_44 n1_l5_affine_eq_27 -0.11052019149065018 n1_l5_affine_eq_28 0.1733742356300354
    n1_l3_affine_44 n1_l5_affine_eq_29 0.15342997014522552 n1_l5_affine_eq_30 -0.1629435271024704
    n1_l3_affine_44 n1_l5_affine_eq_31 0.09154138714075089 n1_l5_affine_eq_32 0.1314389407634735
    n1_l3_affine_44 n1_l5_affine_eq_33 0.1063901036977768 n1_l5_affine_eq_34 -0.17531487345695496
    n1_l3_affine_44 n1_l5_affine_eq_35 0.18912582099437714 n1_l5_affine_eq_36 0.2541705071926117
    n1_l3_affine_44 n1_l5_affine_eq_37 -0.05942365899682045 n1_l5_affine_eq_38 0.18690195679664612
    n1_l3_affine_44 n1_l5_affine_eq_39 -0.22787730395793915 n1_l5_affine_eq_40 -0.005776760634034872
    n1_l3_affine_44 n1_l5_affine_eq_41 -0.04413924366235733 n1_l5_affine_eq_42 -0.027500472962856293
    n1_l3_affine_44 n1_l5_affine_eq_43 0.29109445214271545 n1_l5_affine_eq_44 -0.13839620351791382
    n1_l3_affine_44 n1_l5_affine_eq_45 0.11135491728782654 n1_l5_affine_eq_46 0.19685637950897217
    n1_l3_affine_44 n1_l5_affine_eq_47 -0.19007858633995056 n1_l5_affine_eq_48 -0.23615892231464386
    n1_l3_affine_44 n1_l5_affine_eq_49 -0.21693293750286102 n1_l5_affine_eq_50 -0.10716480016708374
    n1_l3_affine_44 n1_l5_affine_eq_51 0.10543088614940643 n1_l5_affine_eq_52 -0.0711715966463089
    n1_l3_affine_44 n1_l5_affine_eq_53 -0.22179122269153595 n1_l5_affine_eq_54 0.1757202297449112
    n1_l3_affine_44 n1_l5_affine_eq_55 0.16319938004016876 n1_l5_affine_eq_56 0.013724984601140022
    n1_l3_affine_44 n1_l5_affine_eq_57 -0.17962674796581268 n1_l5_affine_eq_58 -0.19689176976680756
    n1_l3_affine_44 n1_l5_affine_eq_59 -0.27944743633270264
    n1_l3_affine_45 n1_l3_affine_eq_45 1
    n1_l3_affine_46 n1_l3_affine_eq_46 1
    n1_l3_affine_47 n1_l3_affine_eq_47 1
    n1_l3_affine_48 n1_l3_affine_eq_48 1
    n1_l3_affine_49 n1_l3_affine_eq_49 1
    n1_l3_affine_50 n1_l3_affine_eq_50 1
    n1_l3_affine_51 n1_l3_affine_eq_51 1
    n1_l3_affine_52 n1_l3_affine_eq_52 1
    n1_l3_affine_53 n1_l3_affine_eq_53 1
    n1_l3_affine_54 n1_l3_affine_eq_54 1
    n1_l3_affine_55 n1_l3_affine_eq_55 1 n1_l4_relu_ge_55 -1
    n1_l3_affine_55 n1_l4_relu_off_55 -1
    n1_l3_affine_56 n1_l3_affine_eq_56 1 n1_l5_affine_eq_0 -0.1378065049648285
    n1_l3_affine_56 n1_l5_affine_eq_1 0.028223466128110886 n1_l5_affine_eq_2 -0.07805711030960083
    n1_l3_affine_56 n1_l5_affine_eq_3 0.23092807829380035 n1_l5_affine_eq_4 0.1412137895822525
    n1_l3_affine_56 n1_l5_affine_eq_5 0.19430628418922424 n1_l5_affine_eq_6 -0.12190747261047363
    n1_l3_affine_56 n1_l5_affine_eq_7 0.08363176137208939 n1_l5_affine_eq_8 0.22287657856941223
    n1_l3_affine_56 n1_l5_affine_eq_9 0.0004569473385345191 n1_l5_affine_eq_10 -0.2978566884994507
    n1_l3_affine_56 n1_l5_affine_eq_11 -0.09040288627147675 n1_l5_affine_eq_12 0.09364274889230728
    n1_l3_affine_56 n1_l5_affine_eq_13 -0.1766764223575592 n1_l5_affine_eq_14 -0.15167737007141113
    n1_l3_affine_56 n1_l5_affine_eq_15 -0.11955121904611588 n1_l5_affine_eq_16 -0.1125272661447525
    n1_l3_affine_56 n1_l5_affine_eq_17 -0.0989537164568901 n1_l5_affine_eq_18 0.0948953926563263
    n1_l3_affine_56 n1_l5_affine_eq_19 -0.02381967008113861 n1_l5_affine_eq_20 0.008526391349732876
    n1_l3_affine_56 n1_l5_affine_eq_21 -0.044614002108573914 n1_l5_affine_eq_22 -0.5276404023170471
    n1_l3_affine_56 n1_l5_affine_eq_23 -0.4607626497745514 n1_l5_affine_eq_24 -0.13272233307361603
    n1_l3_affine_56 n1_l5_affine_eq_25 0.11006048321723938 n1_l5_affine_eq_26 -0.2634415328502655
    n1_l3_affine_56 n1_l5_affine_eq_27 0.004234318155795336 n1_l5_affine_eq_28 0.24169552326202393
    n1_l3_affine_56 n1_l5_affine_eq_29 0.575018048286438 n1_l5_affine_eq_30 -0.12757942080497742
    n1_l3_affine_56 n1_l5_affine_eq_31 0.14099189639091492 n1_l5_affine_eq_32 -0.128987118601799
    n1_l3_affine_56 n1_l5_affine_eq_33 -0.011707860976457596 n1_l5_affine_eq_34 -0.10113312304019928
    n1_l3_affine_56 n1_l5_affine_eq_35 0.04966166615486145 n1_l5_affine_eq_36 0.6105274558067322
    n1_l3_affine_56 n1_l5_affine_eq_37 -0.3668428361415863 n1_l5_affine_eq_38 0.20876166224479675
    n1_l3_affine_56 n1_l5_affine_eq_39 -0.058714792132377625 n1_l5_affine_eq_40 -0.20823319256305695
    n1_l3_affine_56 n1_l5_affine_eq_41 -0.24654440581798553 n1_l5_affine_eq_42 -0.1057690978050232
    n1_l3_affine_56 n1_l5_affine_eq_43 0.21019499003887177 n1_l5_affine_eq_44 0.06654807180166245
    n1_l3_affine_56 n1_l5_affine_eq_45 0.1261734664440155 n1_l5_affine_eq_46 0.08416174352169037
    n1_l3_affine_56 n1_l5_affine_eq_47 0.07053065299987793 n1_l5_affine_eq_48 -0.024529216811060905
    n1_l3_affine_56 n1_l5_affine_eq_49 -0.2651664912700653 n1_l5_affine_eq_50 0.38292768597602844
    n1_l3_affine_56 n1_l5_affine_eq_51 0.21458855271339417 n1_l5_affine_eq_52 -0.5593084692955017
    n1_l3_affine_56 n1_l5_affine_eq_53 -0.02242368459701538 n1_l5_affine_eq_54 -0.08635619282722473
    n1_l3_affine_56 n1_l5_affine_eq_55 0.2748689353466034 n1_l5_affine_eq_56 -0.2157030552625656
    n1_l3_affine_56 n1_l5_affine_eq_57 -0.49581968784332275 n1_l5_affine_eq_58 -0.03529921546578407
    n1_l3_affine_56 n1_l5_affine_eq_59 0.43308600783348083
    n1_l3_affine_57 n1_l3_affine_eq_57 1
    n1_l3_affine_58 n1_l3_affine_eq_58 1 n1_l5_affine_eq_0 -0.11692633479833603
    n1_l3_affine_58 n1_l5_affine_eq_1 -0.21131406724452972 n1_l5_affine_eq_2 0.0312190018594265
    n1_l3_affine_58 n1_l5_affine_eq_3 -0.14264333248138428 n1_l5_affine_eq_4 0.14296093583106995
    n1_l3_affine_58 n1_l5_affine_eq_5 0.33240416646003723 n1_l5_affine_eq_6 0.16541482508182526
    n1_l3_affine_58 n1_l5_affine_eq_7 -0.17526178061962128 n1_l5_affine_eq_8 0.03318137675523758
    n1_l3_affine_58 n1_l5_affine_eq_9 0.049767352640628815 n1_l5_affine_eq_10 0.0419616661965847
    n1_l3_affine_58 n1_l5_affine_eq_11 0.17608928680419922 n1_l5_affine_eq_12 0.03438917547464371
    n1_l3_affine_58 n1_l5_affine_eq_13 -0.1852864921092987 n1_l5_affine_eq_14 -0.263780415058136
    n1_l3_affine_58 n1_l5_affine_eq_15 0.17113743722438812 n1_l5_affine_eq_16 0.025338483974337578
    n1_l3_affine_58 n1_l5_affine_eq_17 -0.045900970697402954 n1_l5_affine_eq_18 -0.07064341753721237
    n1_l3_affine_58 n1_l5_affine_eq_19 0.14668799936771393 n1_l5_affine_eq_20 0.16833949089050293
    n1_l3_affine_58 n1_l5_affine_eq_21 0.030238676816225052 n1_l5_affine_eq_22 0.022007904946804047
    n1_l3_affine_58 n1_l5_affine_eq_23 -0.03458906337618828 n1_l5_affine_eq_24 -0.16014184057712555
    n1_l3_affine_58 n1_l5_affine_eq_25 -0.017132723703980446 n1_l5_affine_eq_26 -0.2478453814983368
    n1_l3_affine_58 n1_l5_affine_eq_27 0.17666411399841309 n1_l5_affine_eq_28 0.22071436047554016
    n1_l3_affine_58 n1_l5_affine_eq_29 -0.04565459117293358 n1_l5_affine_eq_30 -0.16019704937934875
    n1_l3_affine_58 n1_l5_affine_eq_31 0.07319532334804535 n1_l5_affine_eq_32 -0.16022706031799316
    n1_l3_affine_58 n1_l5_affine_eq_33 -0.1510203778743744 n1_l5_affine_eq_34 0.29492029547691345
    n1_l3_affine_58 n1_l5_affine_eq_35 -0.2752228379249573 n1_l5_affine_eq_36 -0.05498773977160454
    n1_l3_affine_58 n1_l5_affine_eq_37 -0.2921426296234131 n1_l5_affine_eq_38 -0.3214651644229889
    n1_l3_affine_58 n1_l5_affine_eq_39 0.162093386054039 n1_l5_affine_eq_40 0.29630157351493835
    n1_l3_affine_58 n1_l5_affine_eq_41 0.060263924300670624 n1_l5_affine_eq_42 0.2920774519443512
    n1_l3_affine_58 n1_l5_affine_eq_43 -0.23316578567028046 n1_l5_affine_eq_44 -0.0127195930108428
    n1_l3_affine_58 n1_l5_affine_eq_45 0.11984764784574509 n1_l5_affine_eq_46 -0.11192197352647781
    n1_l3_affine_58 n1_l5_affine_eq_47 0.07211451977491379 n1_l5_affine_eq_48 -0.22061432898044586
    n1_l3_affine_58 n1_l5_affine_eq_49 0.1660291701555252 n1_l5_affine_eq_50 -0.19536294043064117
    n1_l3_affine_58 n1_l5_affine_eq_51 0.19381918013095856 n1_l5_affine_eq_52 0.08152804523706436
    n1_l3_affine_58 n1_l5_affine_eq_53 -0.009971614927053452 n1_l5_affine_eq_54 0.1590864360332489
    n1_l3_affine_58 n1_l5_affine_eq_55 -0.00658404640853405 n1_l5_affine_eq_56 -0.0913226380944252
    n1_l3_affine_58 n1_l5_affine_eq_57 -0.024292977526783943 n1_l5_affine_eq_58 0.10514423996210098
    n1_l3_affine_58 n1_l5_affine_eq_59 -0.2888055145740509
    n1_l3_affine_59 n1_l3_affine_eq_59 1 n1_l5_affine_eq_0 -0.1598697155714035
    n1_l3_affine_59 n1_l5_affine_eq_1 0.41278886795043945 n1_l5_affine_eq_2 0.2609369456768036
    n1_l3_affine_59 n1_l5_affine_eq_3 0.30546048283576965 n1_l5_affine_eq_4 0.1465848982334137
    n1_l3_affine_59 n1_l5_affine_eq_5 -0.10952296853065491 n1_l5_affine_eq_6 0.1521577388048172
    n1_l3_affine_59 n1_l5_affine_eq_7 -0.3058094084262848 n1_l5_affine_eq_8 0.19660387933254242
    n1_l3_affine_59 n1_l5_affine_eq_9 0.33539801836013794 n1_l5_affine_eq_10 -0.16260723769664764
    n1_l3_affine_59 n1_l5_affine_eq_11 0.17250186204910278 n1_l5_affine_eq_12 0.07801324129104614
    n1_l3_affine_59 n1_l5_affine_eq_13 0.05783078074455261 n1_l5_affine_eq_14 0.31410518288612366
    n1_l3_affine_59 n1_l5_affine_eq_15 0.37427204847335815 n1_l5_affine_eq_16 -0.05409286916255951
    n1_l3_affine_59 n1_l5_affine_eq_17 0.27974289655685425 n1_l5_affine_eq_18 -0.03738398477435112
    n1_l3_affine_59 n1_l5_affine_eq_19 -0.10855346918106079 n1_l5_affine_eq_20 -0.006510284263640642
    n1_l3_affine_59 n1_l5_affine_eq_21 -0.020983830094337463 n1_l5_affine_eq_22 -0.11864551901817322
    n1_l3_affine_59 n1_l5_affine_eq_23 -0.22520558536052704 n1_l5_affine_eq_24 -0.3112863600254059
    n1_l3_affine_59 n1_l5_affine_eq_25 0.06030246615409851 n1_l5_affine_eq_26 0.009334882721304893
    n1_l3_affine_59 n1_l5_affine_eq_27 -0.46739959716796875 n1_l5_affine_eq_28 -0.0535060353577137
    n1_l3_affine_59 n1_l5_affine_eq_29 0.042013563215732574 n1_l5_affine_eq_30 -0.18559226393699646
    n1_l3_affine_59 n1_l5_affine_eq_31 0.08221587538719177 n1_l5_affine_eq_32 0.050515249371528625
    n1_l3_affine_59 n1_l5_affine_eq_33 -0.046562500298023224 n1_l5_affine_eq_34 0.058156371116638184
    n1_l3_affine_59 n1_l5_affine_eq_35 -0.17573702335357666 n1_l5_affine_eq_36 0.4024866223335266
    n1_l3_affine_59 n1_l5_affine_eq_37 -0.1668703854084015 n1_l5_affine_eq_38 -0.12850958108901978
    n1_l3_affine_59 n1_l5_affine_eq_39 -0.03247822821140289 n1_l5_affine_eq_40 -0.09210728853940964
    n1_l3_affine_59 n1_l5_affine_eq_41 -0.010949084535241127 n1_l5_affine_eq_42 0.43147677183151245
    n1_l3_affine_59 n1_l5_affine_eq_43 0.3985234797000885 n1_l5_affine_eq_44 0.15528330206871033
    n1_l3_affine_59 n1_l5_affine_eq_45 0.2807394564151764 n1_l5_affine_eq_46 -0.008402169682085514
    n1_l3_affine_59 n1_l5_affine_eq_47 -0.16377902030944824 n1_l5_affine_eq_48 -0.08470035344362259
    n1_l3_affine_59 n1_l5_affine_eq_49 -0.2076459527015686 n1_l5_affine_eq_50 0.27866390347480774
    n1_l3_affine_59 n1_l5_affine_eq_51 -0.24026921391487122 n1_l5_affine_eq_52 0.11055880784988403
    n1_l3_affine_59 n1_l5_affine_eq_53 0.11687296628952026 n1_l5_affine_eq_54 0.23430564999580383
    n1_l3_affine_59 n1_l5_affine_eq_55 -0.026171043515205383 n1_l5_affine_eq_56 0.035146016627550125
    n1_l3_affine_59 n1_l5_affine_eq_57 -0.25211191177368164 n1_l5_affine_eq_58 0.02590509131550789
    n1_l3_affine_59 n1_l5_affine_eq_59 0.4327678382396698
    n1_l3_affine_60 n1_l3_affine_eq_60 1
    n1_l3_affine_61 n1_l3_affine_eq_61 1 n1_l4_relu_ge_61 -1
    n1_l3_affine_61 n1_l4_relu_off_61 -1
    n1_l3_affine_62 n1_l3_affine_eq_62 1 n1_l5_affine_eq_0 0.18870900571346283
    n1_l3_affine_62 n1_l5_affine_eq_1 0.23204970359802246 n1_l5_affine_eq_2 0.11438498646020889
    n1_l3_affine_62 n1_l5_affine_eq_3 -0.04693808779120445 n1_l5_affine_eq_4 0.14368346333503723
    n1_l3_affine_62 n1_l5_affine_eq_5 0.02724655345082283 n1_l5_affine_eq_6 -0.32321226596832275
    n1_l3_affine_62 n1_l5_affine_eq_7 -0.04568765312433243 n1_l5_affine_eq_8 0.15538717806339264
    n1_l3_affine_62 n1_l5_affine_eq_9 -0.3113212585449219 n1_l5_affine_eq_10 -0.04497119411826134
    n1_l3_affine_62 n1_l5_affine_eq_11 0.33510228991508484 n1_l5_affine_eq_12 -0.21960635483264923
    n1_l3_affine_62 n1_l5_affine_eq_13 0.6729798913002014 n1_l5_affine_eq_14 -0.18446458876132965
    n1_l3_affine_62 n1_l5_affine_eq_15 0.14887410402297974 n1_l5_affine_eq_16 0.19557954370975494
    n1_l3_affine_62 n1_l5_affine_eq_17 0.035481274127960205 n1_l5_affine_eq_18 0.07868821918964386
    n1_l3_affine_62 n1_l5_affine_eq_19 0.02113514393568039 n1_l5_affine_eq_20 0.08760903775691986
    n1_l3_affine_62 n1_l5_affine_eq_21 0.2313421219587326 n1_l5_affine_eq_22 -0.2130083590745926
    n1_l3_affine_62 n1_l5_affine_eq_23 -0.18809451162815094 n1_l5_affine_eq_24 -0.15470163524150848
    n1_l3_affine_62 n1_l5_affine_eq_25 -0.4380144476890564 n1_l5_affine_eq_26 -0.09499866515398026
    n1_l3_affine_62 n1_l5_affine_eq_27 0.020324157550930977 n1_l5_affine_eq_28 0.23991866409778595
    n1_l3_affine_62 n1_l5_affine_eq_29 0.2367536723613739 n1_l5_affine_eq_30 -0.19819341599941254
    n1_l3_affine_62 n1_l5_affine_eq_31 0.03925825282931328 n1_l5_affine_eq_32 -0.08191309124231339
    n1_l3_affine_62 n1_l5_affine_eq_33 0.2278275489807129 n1_l5_affine_eq_34 0.3108566105365753
    n1_l3_affine_62 n1_l5_affine_eq_35 -0.23417748510837555 n1_l5_affine_eq_36 0.15928299725055695
    n1_l3_affine_62 n1_l5_affine_eq_37 0.08922325074672699 n1_l5_affine_eq_38 -0.0799766406416893
    n1_l3_affine_62 n1_l5_affine_eq_39 -0.12032792717218399 n1_l5_affine_eq_40 0.16344347596168518
    n1_l3_affine_62 n1_l5_affine_eq_41 0.11424541473388672 n1_l5_affine_eq_42 -0.26097622513771057
    n1_l3_affine_62 n1_l5_affine_eq_43 0.02072157710790634 n1_l5_affine_eq_44 -0.1561013162136078
    n1_l3_affine_62 n1_l5_affine_eq_45 -0.24297542870044708 n1_l5_affine_eq_46 -0.09103288501501083
    n1_l3_affine_62 n1_l5_affine_eq_47 -0.003908984828740358 n1_l5_affine_eq_48 -0.17338532209396362
    n1_l3_affine_62 n1_l5_affine_eq_49 -0.0032626439351588488 n1_l5_affine_eq_50 0.20983447134494781
    n1_l3_affine_62 n1_l5_affine_eq_51 0.29569387435913086 n1_l5_affine_eq_52 -0.08802605420351028
    n1_l3_affine_62 n1_l5_affine_eq_53 0.1438695192337036 n1_l5_affine_eq_54 -0.09649570286273956
    n1_l3_affine_62 n1_l5_affine_eq_55 0.15212716162204742 n1_l5_affine_eq_56 -0.08459923416376114
    n1_l3_affine_62 n1_l5_affine_eq_57 0.014219784177839756 n1_l5_affine_eq_58 -0.10432720929384232
    n1_l3_affine_62 n1_l5_affine_eq_59 -0.4757079482078552
    n1_l3_affine_63 n1_l3_affine_eq_63 1
    n1_l3_affine_64 n1_l3_affine_eq_64 1 n1_l5_affine_eq_0 0.35311076045036316
    n1_l3_affine_64 n1_l5_affine_eq_1 0.3247036933898926 n1_l5_affine_eq_2 0.07426854968070984
    n1_l3_affine_64 n1_l5_affine_eq_3 0.08894365280866623 n1_l5_affine_eq_4 0.15443776547908783
    n1_l3_affine_64 n1_l5_affine_eq_5 -0.07243014872074127 n1_l5_affine_eq_6 -0.111597940325737
    n1_l3_affine_64 n1_l5_affine_eq_7 -0.2402566522359848 n1_l5_affine_eq_8 -0.16353441774845123
    n1_l3_affine_64 n1_l5_affine_eq_9 0.029108336195349693 n1_l5_affine_eq_10 -0.011585326865315437
    n1_l3_affine_64 n1_l5_affine_eq_11 -0.12279091775417328 n1_l5_affine_eq_12 0.12005259096622467
    n1_l3_affine_64 n1_l5_affine_eq_13 0.2621096670627594 n1_l5_affine_eq_14 -0.1801551878452301
    n1_l3_affine_64 n1_l5_affine_eq_15 0.20604948699474335 n1_l5_affine_eq_16 0.12198008596897125
    n1_l3_affine_64 n1_l5_affine_eq_17 -0.2094942331314087 n1_l5_affine_eq_18 0.07177364081144333
    n1_l3_affine_64 n1_l5_affine_eq_19 -0.08092314004898071 n1_l5_affine_eq_20 0.2646175026893616
    n1_l3_affine_64 n1_l5_affine_eq_21 0.3001992404460907 n1_l5_affine_eq_22 -0.13797274231910706
    n1_l3_affine_64 n1_l5_affine_eq_23 -0.17360098659992218 n1_l5_affine_eq_24 -0.3277932405471802
    n1_l3_affine_64 n1_l5_affine_eq_25 0.12605521082878113 n1_l5_affine_eq_26 0.11503157764673233
    n1_l3_affine_64 n1_l5_affine_eq_27 -0.18375173211097717 n1_l5_affine_eq_28 -0.23273524641990662
    n1_l3_affine_64 n1_l5_affine_eq_29 -0.20229962468147278 n1_l5_affine_eq_30 -0.2806706130504608
    n1_l3_affine_64 n1_l5_affine_eq_31 -0.046370819211006165 n1_l5_affine_eq_32 0.14826034009456635
    n1_l3_affine_64 n1_l5_affine_eq_33 0.15216434001922607 n1_l5_affine_eq_34 -0.05141429603099823
    n1_l3_affine_64 n1_l5_affine_eq_35 -0.034047141671180725 n1_l5_affine_eq_36 -0.345717191696167
    n1_l3_affine_64 n1_l5_affine_eq_37 -0.1259973794221878 n1_l5_affine_eq_38 -0.12771901488304138
    n1_l3_affine_64 n1_l5_affine_eq_39 -0.39491140842437744 n1_l5_affine_eq_40 0.3496644198894501
    n1_l3_affine_64 n1_l5_affine_eq_41 -0.15430927276611328 n1_l5_affine_eq_42 -0.09425988048315048
    n1_l3_affine_64 n1_l5_affine_eq_43 0.15956465899944305 n1_l5_affine_eq_44 0.149779811501503
    n1_l3_affine_64 n1_l5_affine_eq_45 0.18350645899772644 n1_l5_affine_eq_46 -0.04694671183824539
    n1_l3_affine_64 n1_l5_affine_eq_47 -0.1528654396533966 n1_l5_affine_eq_48 -0.24143891036510468
    n1_l3_affine_64 n1_l5_affine_eq_49 -0.14630591869354248 n1_l5_affine_eq_50 -0.19504322111606598
    n1_l3_affine_64 n1_l5_affine_eq_51 0.03779185563325882 n1_l5_affine_eq_52 0.14700594544410706
    n1_l3_affine_64 n1_l5_affine_eq_53 -0.15421022474765778 n1_l5_affine_eq_54 0.2526830732822418
    n1_l3_affine_64 n1_l5_affine_eq_55 0.21468204259872437 n1_l5_affine_eq_56 0.10540459305047989
    n1_l3_affine_64 n1_l5_affine_eq_57 0.11775609105825424 n1_l5_affine_eq_58 -0.16065002977848053
    n1_l3_affine_64 n1_l5_affine_eq_59 0.0028630318120121956
    n1_l3_affine_65 n1_l3_affine_eq_65 1 n1_l4_relu_ge_65 -1
    n1_l3_affine_65 n1_l4_relu_off_65 -1
    n1_l3_affine_66 n1_l3_affine_eq_66 1
    n1_l3_affine_67 n1_l3_affine_eq_67 1
    n1_l3_affine_68 n1_l3_affine_eq_68 1 n1_l4_relu_ge_68 -1
    n1_l3_affine_68 n1_l4_relu_off_68 -1
    n1_l3_affine_69 n1_l3_affine_eq_69 1 n1_l5_affine_eq_0 -0.055550236254930496
    n1_l3_affine_69 n1_l5_affine_eq_1 -0.03691408783197403 n1_l5_affine_eq_2 0.12984757125377655
    n1_l3_affine_69 n1_l5_affine_eq_3 0.14053229987621307 n1_l5_affine_eq_4 -0.08099004626274109
    n1_l3_affine_69 n1_l5_affine_eq_5 -0.007606671191751957 n1_l5_affine_eq_6 -0.19711185991764069
    n1_l3_affine_69 n1_l5_affine_eq_7 0.03313880413770676 n1_l5_affine_eq_8 -0.16918060183525085
    n1_l3_affine_69 n1_l5_affine_eq_9 -0.17795568704605103 n1_l5_affine_eq_10 0.007634563837200403
    n1_l3_affine_69 n1_l5_affine_eq_11 0.09762896597385406 n1_l5_affine_eq_12 -0.021077174693346024
    n1_l3_affine_69 n1_l5_affine_eq_13 0.15169930458068848 n1_l5_affine_eq_14 -0.265634685754776
    n1_l3_affine_69 n1_l5_affine_eq_15 0.08952263742685318 n1_l5_affine_eq_16 -0.07496273517608643
    n1_l3_affine_69 n1_l5_affine_eq_17 -0.06341943144798279 n1_l5_affine_eq_18 -0.056421831250190735
    n1_l3_affine_69 n1_l5_affine_eq_19 -0.09530623257160187 n1_l5_affine_eq_20 0.048031941056251526
    n1_l3_affine_69 n1_l5_affine_eq_21 -0.078020378947258 n1_l5_affine_eq_22 0.0805964544415474
    n1_l3_affine_69 n1_l5_affine_eq_23 -0.1487727165222168 n1_l5_affine_eq_24 -0.07995793223381042
    n1_l3_affine_69 n1_l5_affine_eq_25 0.07382518798112869 n1_l5_affine_eq_26 0.14518697559833527
    n1_l3_affine_69 n1_l5_affine_eq_27 0.08934910595417023 n1_l5_affine_eq_28 0.12782450020313263
    n1_l3_affine_69 n1_l5_affine_eq_29 -0.02445654571056366 n1_l5_affine_eq_30 -0.2039843052625656
    n1_l3_affine_69 n1_l5_affine_eq_31 0.08119731396436691 n1_l5_affine_eq_32 0.03510995954275131
    n1_l3_affine_69 n1_l5_affine_eq_33 0.035621628165245056 n1_l5_affine_eq_34 0.16002680361270905
    n1_l3_affine_69 n1_l5_affine_eq_35 -0.07034186273813248 n1_l5_affine_eq_36 0.07695136964321136
    n1_l3_affine_69 n1_l5_affine_eq_37 -0.042434681206941605 n1_l5_affine_eq_38 -0.16304200887680054
    n1_l3_affine_69 n1_l5_affine_eq_39 -0.026241963729262352 n1_l5_affine_eq_40 -0.03461224585771561
    n1_l3_affine_69 n1_l5_affine_eq_41 -0.3016766607761383 n1_l5_affine_eq_42 0.2198597490787506
    n1_l3_affine_69 n1_l5_affine_eq_43 0.010938138701021671 n1_l5_affine_eq_44 -0.059100352227687836
    n1_l3_affine_69 n1_l5_affine_eq_45 0.15885715186595917 n1_l5_affine_eq_46 -0.1492152065038681
    n1_l3_affine_69 n1_l5_affine_eq_47 0.03274626284837723 n1_l5_affine_eq_48 -0.00626231636852026
    n1_l3_affine_69 n1_l5_affine_eq_49 -0.1609129160642624 n1_l5_affine_eq_50 0.18862630426883698
    n1_l3_affine_69 n1_l5_affine_eq_51 -0.285413533449173 n1_l5_affine_eq_52 -0.09489186108112335
    n1_l3_affine_69 n1_l5_affine_eq_53 -0.022528747096657753 n1_l5_affine_eq_54 0.010785907506942749
    n1_l3_affine_69 n1_l5_affine_eq_55 0.17275811731815338 n1_l5_affine_eq_56 0.08959610015153885
    n1_l3_affine_69 n1_l5_affine_eq_57 -0.028275739401578903 n1_l5_affine_eq_58 0.042419224977493286
    n1_l3_affine_69 n1_l5_affine_eq_59 -0.2868766486644745
    n1_l3_affine_70 n1_l3_affine_eq_70 1 n1_l5_affine_eq_0 0.12933975458145142
    n1_l3_affine_70 n1_l5_affine_eq_1 -0.022379117086529732 n1_l5_affine_eq_2 -0.37708142399787903
    n1_l3_affine_70 n1_l5_affine_eq_3 0.03480738773941994 n1_l5_affine_eq_4 0.0243030097335577
    n1_l3_affine_70 n1_l5_affine_eq_5 -0.20529231429100037 n1_l5_affine_eq_6 0.05848192423582077
    n1_l3_affine_70 n1_l5_affine_eq_7 0.09839096665382385 n1_l5_affine_eq_8 0.03425406292080879
    n1_l3_affine_70 n1_l5_affine_eq_9 0.2165275514125824 n1_l5_affine_eq_10 0.02850080467760563
    n1_l3_affine_70 n1_l5_affine_eq_11 -0.15738841891288757 n1_l5_affine_eq_12 -0.1258760392665863
    n1_l3_affine_70 n1_l5_affine_eq_13 -0.03214660659432411 n1_l5_affine_eq_14 -0.1594567447900772
    n1_l3_affine_70 n1_l5_affine_eq_15 0.11872317641973495 n1_l5_affine_eq_16 -0.05587027221918106
    n1_l3_affine_70 n1_l5_affine_eq_17 0.016747986897826195 n1_l5_affine_eq_18 -0.025197124108672142
    n1_l3_affine_70 n1_l5_affine_eq_19 -0.13919344544410706 n1_l5_affine_eq_20 0.09756749868392944
    n1_l3_affine_70 n1_l5_affine_eq_21 0.024170830845832825 n1_l5_affine_eq_22 -0.3673423230648041
    n1_l3_affine_70 n1_l5_affine_eq_23 0.19841228425502777 n1_l5_affine_eq_24 -0.27607983350753784
    n1_l3_affine_70 n1_l5_affine_eq_25 0.10185668617486954 n1_l5_affine_eq_26 0.1047440618276596
    n1_l3_affine_70 n1_l5_affine_eq_27 -0.28530120849609375 n1_l5_affine_eq_28 0.090255506336689
    n1_l3_affine_70 n1_l5_affine_eq_29 -0.16064001619815826 n1_l5_affine_eq_30 -0.32885515689849854
    n1_l3_affine_70 n1_l5_affine_eq_31 0.07700204849243164 n1_l5_affine_eq_32 0.39928871393203735
    n1_l3_affine_70 n1_l5_affine_eq_33 0.08546346426010132 n1_l5_affine_eq_34 -0.18410605192184448
    n1_l3_affine_70 n1_l5_affine_eq_35 -0.2646387815475464 n1_l5_affine_eq_36 -0.2412070631980896
    n1_l3_affine_70 n1_l5_affine_eq_37 0.06368013471364975 n1_l5_affine_eq_38 0.10514110326766968
    n1_l3_affine_70 n1_l5_affine_eq_39 -0.3514558672904968 n1_l5_affine_eq_40 0.32096758484840393
    n1_l3_affine_70 n1_l5_affine_eq_41 0.2869991958141327 n1_l5_affine_eq_42 0.03555871173739433
    n1_l3_affine_70 n1_l5_affine_eq_43 0.038676682859659195 n1_l5_affine_eq_44 -0.1946132332086563
    n1_l3_affine_70 n1_l5_affine_eq_45 -0.018557153642177582 n1_l5_affine_eq_46 0.17532853782176971
    n1_l3_affine_70 n1_l5_affine_eq_47 -0.156947523355484 n1_l5_affine_eq_48 0.28729888796806335
    n1_l3_affine_70 n1_l5_affine_eq_49 -0.14850610494613647 n1_l5_affine_eq_50 0.44476354122161865
    n1_l3_affine_70 n1_l5_affine_eq_51 0.22660647332668304 n1_l5_affine_eq_52 0.11089874804019928
    n1_l3_affine_70 n1_l5_affine_eq_53 0.07565096765756607 n1_l5_affine_eq_54 -0.0005501482519321144
    n1_l3_affine_70 n1_l5_affine_eq_55 0.25082874298095703 n1_l5_affine_eq_56 0.15729957818984985
    n1_l3_affine_70 n1_l5_affine_eq_57 0.18273063004016876 n1_l5_affine_eq_58 0.0958203375339508
    n1_l3_affine_70 n1_l5_affine_eq_59 0.2537969648838043
    n1_l3_affine_71 n1_l3_affine_eq_71 1
    n1_l3_affine_72 n1_l3_affine_eq_72 1
    n1_l3_affine_73 n1_l3_affine_eq_73 1 n1_l4_relu_ge_73 -1
    n1_l3_affine_73 n1_l4_relu_off_73 -1
    n1_l3_affine_74 n1_l3_affine_eq_74 1 n1_l5_affine_eq_0 0.24253720045089722
    n1_l3_affine_74 n1_l5_affine_eq_1 0.11197423934936523 n1_l5_affine_eq_2 -0.4826824367046356
    n1_l3_affine_74 n1_l5_affine_eq_3 -0.2505936920642853 n1_l5_affine_eq_4 0.22385108470916748
    n1_l3_affine_74 n1_l5_affine_eq_5 0.08321958035230637 n1_l5_affine_eq_6 -0.15923967957496643
    n1_l3_affine_74 n1_l5_affine_eq_7 0.25888222455978394 n1_l5_affine_eq_8 -0.0669553205370903
    n1_l3_affine_74 n1_l5_affine_eq_9 -0.024682098999619484 n1_l5_affine_eq_10 0.14789502322673798
    n1_l3_affine_74 n1_l5_affine_eq_11 0.06839289516210556 n1_l5_affine_eq_12 0.5594906210899353
    n1_l3_affine_74 n1_l5_affine_eq_13 0.01997748389840126 n1_l5_affine_eq_14 -0.15880511701107025
    n1_l3_affine_74 n1_l5_affine_eq_15 -0.15448535978794098 n1_l5_affine_eq_16 0.14998503029346466
    n1_l3_affine_74 n1_l5_affine_eq_17 0.15627343952655792 n1_l5_affine_eq_18 0.40166592597961426
    n1_l3_affine_74 n1_l5_affine_eq_19 0.01603263057768345 n1_l5_affine_eq_20 -0.03463424742221832
    n1_l3_affine_74 n1_l5_affine_eq_21 0.04576551541686058 n1_l5_affine_eq_22 -0.20098893344402313
    n1_l3_affine_74 n1_l5_affine_eq_23 -0.14153344929218292 n1_l5_affine_eq_24 -0.09747850894927979
    n1_l3_affine_74 n1_l5_affine_eq_25 0.09646346420049667 n1_l5_affine_eq_26 0.061870027333498
    n1_l3_affine_74 n1_l5_affine_eq_27 -0.3125300705432892 n1_l5_affine_eq_28 -0.2162141352891922
    n1_l3_affine_74 n1_l5_affine_eq_29 -0.32229697704315186 n1_l5_affine_eq_30 -0.23062609136104584
    n1_l3_affine_74 n1_l5_affine_eq_31 0.1511070728302002 n1_l5_affine_eq_32 0.4548708498477936
    n1_l3_affine_74 n1_l5_affine_eq_33 0.0867501050233841 n1_l5_affine_eq_34 -0.11485182493925095
    n1_l3_affine_74 n1_l5_affine_eq_35 -0.26584553718566895 n1_l5_affine_eq_36 -0.2838519215583801
    n1_l3_affine_74 n1_l5_affine_eq_37 -0.3436214029788971 n1_l5_affine_eq_38 0.1943395882844925
    n1_l3_affine_74 n1_l5_affine_eq_39 -0.2607208490371704 n1_l5_affine_eq_40 0.2551087439060211
    n1_l3_affine_74 n1_l5_affine_eq_41 0.07463021576404572 n1_l5_affine_eq_42 -0.2232123166322708
    n1_l3_affine_74 n1_l5_affine_eq_43 -0.22908520698547363 n1_l5_affine_eq_44 -0.43450549244880676
    n1_l3_affine_74 n1_l5_affine_eq_45 -0.24084219336509705 n1_l5_affine_eq_46 -0.12078452110290527
    n1_l3_affine_74 n1_l5_affine_eq_47 0.1535516381263733 n1_l5_affine_eq_48 0.09299059957265854
    n1_l3_affine_74 n1_l5_affine_eq_49 -0.46466463804244995 n1_l5_affine_eq_50 0.00361441308632493
    n1_l3_affine_74 n1_l5_affine_eq_51 -0.05243166908621788 n1_l5_affine_eq_52 -0.294076532125473
    n1_l3_affine_74 n1_l5_affine_eq_53 -0.1424168348312378 n1_l5_affine_eq_54 0.06284169107675552
    n1_l3_affine_74 n1_l5_affine_eq_55 -0.2411850541830063 n1_l5_affine_eq_56 0.2307315617799759
    n1_l3_affine_74 n1_l5_affine_eq_57 0.35049694776535034 n1_l5_affine_eq_58 0.06779621541500092
    n1_l3_affine_74 n1_l5_affine_eq_59 0.35577550530433655
    n1_l3_affine_75 n1_l3_affine_eq_75 1
    n1_l3_affine_76 n1_l3_affine_eq_76 1 n1_l5_affine_eq_0 -0.21108631789684296
    n1_l3_affine_76 n1_l5_affine_eq_1 0.3375508189201355 n1_l5_affine_eq_2 0.30237463116645813
    n1_l3_affine_76 n1_l5_affine_eq_3 0.17382368445396423 n1_l5_affine_eq_4 0.15202859044075012
    n1_l3_affine_76 n1_l5_affine_eq_5 -0.4179767072200775 n1_l5_affine_eq_6 0.5077429413795471
    n1_l3_affine_76 n1_l5_affine_eq_7 -0.08328431099653244 n1_l5_affine_eq_8 0.1805119663476944
    n1_l3_affine_76 n1_l5_affine_eq_9 -0.09703803807497025 n1_l5_affine_eq_10 -0.2757340669631958
    n1_l3_affine_76 n1_l5_affine_eq_11 -0.2894335985183716 n1_l5_affine_eq_12 0.09787999093532562
    n1_l3_affine_76 n1_l5_affine_eq_13 -0.018542945384979248 n1_l5_affine_eq_14 0.1688380390405655
    n1_l3_affine_76 n1_l5_affine_eq_15 -0.4084029793739319 n1_l5_affine_eq_16 -0.04968542233109474
    n1_l3_affine_76 n1_l5_affine_eq_17 -0.12089182436466217 n1_l5_affine_eq_18 -0.1685674786567688
    n1_l3_affine_76 n1_l5_affine_eq_19 0.19372154772281647 n1_l5_affine_eq_20 0.15117678046226501
    n1_l3_affine_76 n1_l5_affine_eq_21 0.3155415952205658 n1_l5_affine_eq_22 0.040416862815618515
    n1_l3_affine_76 n1_l5_affine_eq_23 -0.08636026829481125 n1_l5_affine_eq_24 0.025527913123369217
    n1_l3_affine_76 n1_l5_affine_eq_25 0.5953659415245056 n1_l5_affine_eq_26 -0.011872714385390282
    n1_l3_affine_76 n1_l5_affine_eq_27 -0.21261407434940338 n1_l5_affine_eq_28 -0.1413576304912567
    n1_l3_affine_76 n1_l5_affine_eq_29 0.09570793807506561 n1_l5_affine_eq_30 0.25638526678085327
    n1_l3_affine_76 n1_l5_affine_eq_31 0.1530446708202362 n1_l5_affine_eq_32 0.10548049956560135
    n1_l3_affine_76 n1_l5_affine_eq_33 0.04953557625412941 n1_l5_affine_eq_34 -0.023395327851176262
    n1_l3_affine_76 n1_l5_affine_eq_35 0.371046781539917 n1_l5_affine_eq_36 -0.3314836621284485
    n1_l3_affine_76 n1_l5_affine_eq_37 -0.5788651704788208 n1_l5_affine_eq_38 0.1213812455534935
    n1_l3_affine_76 n1_l5_affine_eq_39 -0.10176244378089905 n1_l5_affine_eq_40 -0.18048082292079926
    n1_l3_affine_76 n1_l5_affine_eq_41 -0.2670430541038513 n1_l5_affine_eq_42 -0.1074436753988266
    n1_l3_affine_76 n1_l5_affine_eq_43 0.6075136661529541 n1_l5_affine_eq_44 0.08491147309541702
    n1_l3_affine_76 n1_l5_affine_eq_45 0.06754457205533981 n1_l5_affine_eq_46 -0.24773599207401276
    n1_l3_affine_76 n1_l5_affine_eq_47 0.2861555516719818 n1_l5_affine_eq_48 0.2429513931274414
    n1_l3_affine_76 n1_l5_affine_eq_49 -0.20831137895584106 n1_l5_affine_eq_50 0.36609405279159546
    n1_l3_affine_76 n1_l5_affine_eq_51 0.27787894010543823 n1_l5_affine_eq_52 0.08826453983783722
    n1_l3_affine_76 n1_l5_affine_eq_53 -0.0967458039522171 n1_l5_affine_eq_54 -0.1833866834640503
    n1_l3_affine_76 n1_l5_affine_eq_55 0.14186930656433105 n1_l5_affine_eq_56 0.12525156140327454
    n1_l3_affine_76 n1_l5_affine_eq_57 -0.1104346513748169 n1_l5_affine_eq_58 0.16538561880588531
    n1_l3_affine_76 n1_l5_affine_eq_59 0.10928835719823837
    n1_l3_affine_77 n1_l3_affine_eq_77 1 n1_l4_relu_ge_77 -1
    n1_l3_affine_77 n1_l4_relu_off_77 -1
    n1_l3_affine_78 n1_l3_affine_eq_78 1 n1_l5_affine_eq_0 0.12339980155229568
    n1_l3_affine_78 n1_l5_affine_eq_1 0.013219908811151981 n1_l5_affine_eq_2 0.24961453676223755
    n1_l3_affine_78 n1_l5_affine_eq_3 -0.16171403229236603 n1_l5_affine_eq_4 0.05885724350810051
    n1_l3_affine_78 n1_l5_affine_eq_5 0.00004289492790121585 n1_l5_affine_eq_6 -0.05574093014001846
    n1_l3_affine_78 n1_l5_affine_eq_7 -0.036856759339571 n1_l5_affine_eq_8 0.14469262957572937
    n1_l3_affine_78 n1_l5_affine_eq_9 -0.20920822024345398 n1_l5_affine_eq_10 -0.07209904491901398
    n1_l3_affine_78 n1_l5_affine_eq_11 0.07089448720216751 n1_l5_affine_eq_12 -0.06742540746927261
    n1_l3_affine_78 n1_l5_affine_eq_13 0.294859915971756 n1_l5_affine_eq_14 0.0984974279999733
    n1_l3_affine_78 n1_l5_affine_eq_15 -0.053724899888038635 n1_l5_affine_eq_16 0.042279988527297974
    n1_l3_affine_78 n1_l5_affine_eq_17 -0.09028145670890808 n1_l5_affine_eq_18 -0.029334722086787224
    n1_l3_affine_78 n1_l5_affine_eq_19 0.06975571066141129 n1_l5_affine_eq_20 0.2939453423023224
    n1_l3_affine_78 n1_l5_affine_eq_21 -0.0022779260762035847 n1_l5_affine_eq_22 0.11949349194765091
    n1_l3_affine_78 n1_l5_affine_eq_23 0.1059517115354538 n1_l5_affine_eq_24 -0.19357073307037354
    n1_l3_affine_78 n1_l5_affine_eq_25 0.05673028528690338 n1_l5_affine_eq_26 -0.12771543860435486
    n1_l3_affine_78 n1_l5_affine_eq_27 -0.08887539803981781 n1_l5_affine_eq_28 -0.08119003474712372
    n1_l3_affine_78 n1_l5_affine_eq_29 0.25493890047073364 n1_l5_affine_eq_30 -0.27542683482170105
    n1_l3_affine_78 n1_l5_affine_eq_31 -0.02791469730436802 n1_l5_affine_eq_32 0.012015984393656254
    n1_l3_affine_78 n1_l5_affine_eq_33 0.07954653352499008 n1_l5_affine_eq_34 0.2363850474357605
    n1_l3_affine_78 n1_l5_affine_eq_35 0.24823999404907227 n1_l5_affine_eq_36 0.440233439207077
    n1_l3_affine_78 n1_l5_affine_eq_37 -0.17914006114006042 n1_l5_affine_eq_38 -0.1751800924539566
    n1_l3_affine_78 n1_l5_affine_eq_39 -0.21277838945388794 n1_l5_affine_eq_40 0.10513143241405487
    n1_l3_affine_78 n1_l5_affine_eq_41 -0.08492489904165268 n1_l5_affine_eq_42 -0.00019674509530887008
    n1_l3_affine_78 n1_l5_affine_eq_43 0.33514881134033203 n1_l5_affine_eq_44 -0.12843303382396698
    n1_l3_affine_78 n1_l5_affine_eq_45 0.07885541021823883 n1_l5_affine_eq_46 0.39555203914642334
    n1_l3_affine_78 n1_l5_affine_eq_47 -0.24223147332668304 n1_l5_affine_eq_48 -0.16991427540779114
    n1_l3_affine_78 n1_l5_affine_eq_49 -0.20497409999370575 n1_l5_affine_eq_50 0.1731487363576889
    n1_l3_affine_78 n1_l5_affine_eq_51 0.19809013605117798 n1_l5_affine_eq_52 -0.14696846902370453
    n1_l3_affine_78 n1_l5_affine_eq_53 0.01949499361217022 n1_l5_affine_eq_54 0.08444894105195999
    n1_l3_affine_78 n1_l5_affine_eq_55 0.12928014993667603 n1_l5_affine_eq_56 0.17501524090766907
    n1_l3_affine_78 n1_l5_affine_eq_57 -0.08830307424068451 n1_l5_affine_eq_58 -0.06566410511732101
    n1_l3_affine_78 n1_l5_affine_eq_59 -0.181767538189888
    n1_l3_affine_79 n1_l3_affine_eq_79 1 n1_l5_affine_eq_0 -0.030678587034344673
    n1_l3_affine_79 n1_l5_affine_eq_1 0.2622517943382263 n1_l5_affine_eq_2 0.33621442317962646
    n1_l3_affine_79 n1_l5_affine_eq_3 0.1198381632566452 n1_l5_affine_eq_4 -0.16232694685459137
    n1_l3_affine_79 n1_l5_affine_eq_5 0.27399224042892456 n1_l5_affine_eq_6 0.21502883732318878
    n1_l3_affine_79 n1_l5_affine_eq_7 -0.36843597888946533 n1_l5_affine_eq_8 -0.20098035037517548
    n1_l3_affine_79 n1_l5_affine_eq_9 -0.14640597999095917 n1_l5_affine_eq_10 0.19366848468780518
    n1_l3_affine_79 n1_l5_affine_eq_11 -0.33162590861320496 n1_l5_affine_eq_12 0.4465222656726837
    n1_l3_affine_79 n1_l5_affine_eq_13 0.037200722843408585 n1_l5_affine_eq_14 0.3410777747631073
    n1_l3_affine_79 n1_l5_affine_eq_15 0.1237875372171402 n1_l5_affine_eq_16 -0.2676258981227875
    n1_l3_affine_79 n1_l5_affine_eq_17 0.09247159957885742 n1_l5_affine_eq_18 -0.03201417624950409
    n1_l3_affine_79 n1_l5_affine_eq_19 0.3063400685787201 n1_l5_affine_eq_20 0.1977899819612503
    n1_l3_affine_79 n1_l5_affine_eq_21 0.15775732696056366 n1_l5_affine_eq_22 0.3350214660167694
    n1_l3_affine_79 n1_l5_affine_eq_23 0.036189522594213486 n1_l5_affine_eq_24 -0.3237091600894928
    n1_l3_affine_79 n1_l5_affine_eq_25 0.06272180378437042 n1_l5_affine_eq_26 0.047063395380973816
    n1_l3_affine_79 n1_l5_affine_eq_27 -0.27955615520477295 n1_l5_affine_eq_28 -0.4029277563095093
    n1_l3_affine_79 n1_l5_affine_eq_29 -0.1746603101491928 n1_l5_affine_eq_30 0.1434166431427002
    n1_l3_affine_79 n1_l5_affine_eq_31 0.24009361863136292 n1_l5_affine_eq_32 0.09149836748838425
    n1_l3_affine_79 n1_l5_affine_eq_33 0.06653976440429688 n1_l5_affine_eq_34 -0.054829131811857224
    n1_l3_affine_79 n1_l5_affine_eq_35 0.4398373067378998 n1_l5_affine_eq_36 0.10320848226547241
    n1_l3_affine_79 n1_l5_affine_eq_37 -0.199903666973114 n1_l5_affine_eq_38 0.12036865204572678
    n1_l3_affine_79 n1_l5_affine_eq_39 -0.31808891892433167 n1_l5_affine_eq_40 0.16935358941555023
    n1_l3_affine_79 n1_l5_affine_eq_41 0.07839552313089371 n1_l5_affine_eq_42 0.290843665599823
    n1_l3_affine_79 n1_l5_affine_eq_43 0.18365974724292755 n1_l5_affine_eq_44 0.18913494050502777
    n1_l3_affine_79 n1_l5_affine_eq_45 0.3336295485496521 n1_l5_affine_eq_46 0.13931317627429962
    n1_l3_affine_79 n1_l5_affine_eq_47 0.0928151085972786 n1_l5_affine_eq_48 -0.2875165343284607
    n1_l3_affine_79 n1_l5_affine_eq_49 -0.09355425089597702 n1_l5_affine_eq_50 -0.039075616747140884
    n1_l3_affine_79 n1_l5_affine_eq_51 -0.25891977548599243 n1_l5_affine_eq_52 -0.10564188659191132
    n1_l3_affine_79 n1_l5_affine_eq_53 -0.3324398994445801 n1_l5_affine_eq_54 0.21104027330875397
    n1_l3_affine_79 n1_l5_affine_eq_55 0.000010467483662068844 n1_l5_affine_eq_56 0.050143152475357056
    n1_l3_affine_79 n1_l5_affine_eq_57 -0.14898107945919037 n1_l5_affine_eq_58 0.3291896879673004
    n1_l3_affine_79 n1_l5_affine_eq_59 -0.08016068488359451
    n1_l4_relu_0 n1_l4_relu_ge_0 1 n1_l4_relu_on_0 1
    n1_l4_relu_0 n1_l4_relu_off_0 1 n1_l5_affine_eq_0 -0.09940414130687714
    n1_l4_relu_0 n1_l5_affine_eq_1 0.2938922047615051 n1_l5_affine_eq_2 0.12159502506256104
    n1_l4_relu_0 n1_l5_affine_eq_3 -0.08660498261451721 n1_l5_affine_eq_4 -0.0855492353439331
    n1_l4_relu_0 n1_l5_affine_eq_5 0.2089090496301651 n1_l5_affine_eq_6 0.28894129395484924
    n1_l4_relu_0 n1_l5_affine_eq_7 0.005196497309952974 n1_l5_affine_eq_8 0.07072209566831589
    n1_l4_relu_0 n1_l5_affine_eq_9 0.0871964767575264 n1_l5_affine_eq_10 0.06427598744630814
    n1_l4_relu_0 n1_l5_affine_eq_11 0.00281326100230217 n1_l5_affine_eq_12 0.03745697811245918
    n1_l4_relu_0 n1_l5_affine_eq_13 0.08659668266773224 n1_l5_affine_eq_14 -0.010417541489005089
    n1_l4_relu_0 n1_l5_affine_eq_15 -0.34666088223457336 n1_l5_affine_eq_16 -0.05588223412632942
    n1_l4_relu_0 n1_l5_affine_eq_17 -0.04225778207182884 n1_l5_affine_eq_18 0.04710225760936737
    n1_l4_relu_0 n1_l5_affine_eq_19 -0.4407924711704254 n1_l5_affine_eq_20 0.058683887124061584
    n1_l4_relu_0 n1_l5_affine_eq_21 -0.17604200541973114 n1_l5_affine_eq_22 -0.030169213190674782
    n1_l4_relu_0 n1_l5_affine_eq_23 -0.3680678904056549 n1_l5_affine_eq_24 0.19301782548427582
    n1_l4_relu_0 n1_l5_affine_eq_25 0.0016914334846660495 n1_l5_affine_eq_26 0.02089015208184719
    n1_l4_relu_0 n1_l5_affine_eq_27 0.2225058227777481 n1_l5_affine_eq_28 0.3553207218647003
    n1_l4_relu_0 n1_l5_affine_eq_29 -0.08372540026903152 n1_l5_affine_eq_30 0.02871193364262581
    n1_l4_relu_0 n1_l5_affine_eq_31 0.18696331977844238 n1_l5_affine_eq_32 0.009720269590616226
    n1_l4_relu_0 n1_l5_affine_eq_33 0.038168713450431824 n1_l5_affine_eq_34 0.080177441239357
    n1_l4_relu_0 n1_l5_affine_eq_35 -0.14958639442920685 n1_l5_affine_eq_36 -0.4334794282913208
    n1_l4_relu_0 n1_l5_affine_eq_37 0.124224953353405 n1_l5_affine_eq_38 0.11664345860481262
    n1_l4_relu_0 n1_l5_affine_eq_39 0.4876464009284973 n1_l5_affine_eq_40 -0.11623099446296692
    n1_l4_relu_0 n1_l5_affine_eq_41 0.23769691586494446 n1_l5_affine_eq_42 0.28577348589897156
    n1_l4_relu_0 n1_l5_affine_eq_43 -0.4860401153564453 n1_l5_affine_eq_44 0.08244838565587997
    n1_l4_relu_0 n1_l5_affine_eq_45 -0.07176803052425385 n1_l5_affine_eq_46 0.0160201583057642
    n1_l4_relu_0 n1_l5_affine_eq_47 -0.05899319052696228 n1_l5_affine_eq_48 0.010336321778595448
    n1_l4_relu_0 n1_l5_affine_eq_49 -0.04790384694933891 n1_l5_affine_eq_50 -0.35474660992622375
    n1_l4_relu_0 n1_l5_affine_eq_51 -0.30372241139411926 n1_l5_affine_eq_52 0.061234619468450546
    n1_l4_relu_0 n1_l5_affine_eq_53 0.3342491388320923 n1_l5_affine_eq_54 -0.026895107701420784
    n1_l4_relu_0 n1_l5_affine_eq_55 0.18684332072734833 n1_l5_affine_eq_56 0.2384302020072937
    n1_l4_relu_0 n1_l5_affine_eq_57 -0.4085359275341034 n1_l5_affine_eq_58 -0.33203601837158203
    n1_l4_relu_0 n1_l5_affine_eq_59 0.5848835110664368
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_0 n1_l4_relu_on_0 -0.018189942095507252 n1_l4_relu_off_0 0.11799941696037486
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_3 n1_l4_relu_ge_3 1 n1_l4_relu_on_3 1
    n1_l4_relu_3 n1_l4_relu_off_3 1 n1_l5_affine_eq_0 0.19191332161426544
    n1_l4_relu_3 n1_l5_affine_eq_1 -0.4833553731441498 n1_l5_affine_eq_2 -0.21667331457138062
    n1_l4_relu_3 n1_l5_affine_eq_3 0.1645616739988327 n1_l5_affine_eq_4 -0.20963887870311737
    n1_l4_relu_3 n1_l5_affine_eq_5 -0.3024589717388153 n1_l5_affine_eq_6 0.0987151488661766
    n1_l4_relu_3 n1_l5_affine_eq_7 -0.11341957747936249 n1_l5_affine_eq_8 0.09543345868587494
    n1_l4_relu_3 n1_l5_affine_eq_9 0.0017689531669020653 n1_l5_affine_eq_10 0.14958064258098602
    n1_l4_relu_3 n1_l5_affine_eq_11 -0.38317325711250305 n1_l5_affine_eq_12 0.09319034218788147
    n1_l4_relu_3 n1_l5_affine_eq_13 -0.2010081559419632 n1_l5_affine_eq_14 0.24771863222122192
    n1_l4_relu_3 n1_l5_affine_eq_15 0.04548008739948273 n1_l5_affine_eq_16 0.38337698578834534
    n1_l4_relu_3 n1_l5_affine_eq_17 -0.22298139333724976 n1_l5_affine_eq_18 -0.15094797313213348
    n1_l4_relu_3 n1_l5_affine_eq_19 -0.29141220450401306 n1_l5_affine_eq_20 0.1400621384382248
    n1_l4_relu_3 n1_l5_affine_eq_21 0.09717656672000885 n1_l5_affine_eq_22 -0.040954165160655975
    n1_l4_relu_3 n1_l5_affine_eq_23 0.5633070468902588 n1_l5_affine_eq_24 0.08761553466320038
    n1_l4_relu_3 n1_l5_affine_eq_25 -0.16832949221134186 n1_l5_affine_eq_26 -0.3942658305168152
    n1_l4_relu_3 n1_l5_affine_eq_27 -0.0036569000221788883 n1_l5_affine_eq_28 0.32160958647727966
    n1_l4_relu_3 n1_l5_affine_eq_29 0.17858637869358063 n1_l5_affine_eq_30 -0.2340793013572693
    n1_l4_relu_3 n1_l5_affine_eq_31 -0.5990774035453796 n1_l5_affine_eq_32 0.07134901732206345
    n1_l4_relu_3 n1_l5_affine_eq_33 0.010592600330710411 n1_l5_affine_eq_34 0.01875503920018673
    n1_l4_relu_3 n1_l5_affine_eq_35 -0.27490684390068054 n1_l5_affine_eq_36 0.1247142031788826
    n1_l4_relu_3 n1_l5_affine_eq_37 0.21319936215877533 n1_l5_affine_eq_38 0.09576771408319473
    n1_l4_relu_3 n1_l5_affine_eq_39 0.20989006757736206 n1_l5_affine_eq_40 -0.08564364910125732
    n1_l4_relu_3 n1_l5_affine_eq_41 0.01522953063249588 n1_l5_affine_eq_42 0.005619270261377096
    n1_l4_relu_3 n1_l5_affine_eq_43 -0.05537238344550133 n1_l5_affine_eq_44 -0.2082272619009018
    n1_l4_relu_3 n1_l5_affine_eq_45 -0.33075860142707825 n1_l5_affine_eq_46 -0.09895078092813492
    n1_l4_relu_3 n1_l5_affine_eq_47 0.04013729840517044 n1_l5_affine_eq_48 0.2253279983997345
    n1_l4_relu_3 n1_l5_affine_eq_49 0.005445616319775581 n1_l5_affine_eq_50 -0.2261461764574051
    n1_l4_relu_3 n1_l5_affine_eq_51 -0.08569896221160889 n1_l5_affine_eq_52 0.06521662324666977
    n1_l4_relu_3 n1_l5_affine_eq_53 0.09110938012599945 n1_l5_affine_eq_54 0.11978185176849365
    n1_l4_relu_3 n1_l5_affine_eq_55 -0.37039613723754883 n1_l5_affine_eq_56 -0.04035486280918121
    n1_l4_relu_3 n1_l5_affine_eq_57 0.21205870807170868 n1_l5_affine_eq_58 -0.11639700829982758
    n1_l4_relu_3 n1_l5_affine_eq_59 -0.12995333969593048
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_3 n1_l4_relu_on_3 -0.06449910069116838 n1_l4_relu_off_3 0.06077554645359526
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_5 n1_l4_relu_ge_5 1 n1_l4_relu_on_5 1
    n1_l4_relu_5 n1_l4_relu_off_5 1 n1_l5_affine_eq_0 0.01797913946211338
    n1_l4_relu_5 n1_l5_affine_eq_1 -0.019408581778407097 n1_l5_affine_eq_2 0.02308618277311325
    n1_l4_relu_5 n1_l5_affine_eq_3 0.22039282321929932 n1_l5_affine_eq_4 0.13651598989963531
    n1_l4_relu_5 n1_l5_affine_eq_5 0.11814162880182266 n1_l5_affine_eq_6 0.022153198719024658
    n1_l4_relu_5 n1_l5_affine_eq_7 -0.15482378005981445 n1_l5_affine_eq_8 0.10777382552623749
    n1_l4_relu_5 n1_l5_affine_eq_9 0.02218649908900261 n1_l5_affine_eq_10 0.000731545384041965
    n1_l4_relu_5 n1_l5_affine_eq_11 0.0883045569062233 n1_l5_affine_eq_12 -0.1376608908176422
    n1_l4_relu_5 n1_l5_affine_eq_13 -0.16241946816444397 n1_l5_affine_eq_14 0.2047162503004074
    n1_l4_relu_5 n1_l5_affine_eq_15 -0.02929653227329254 n1_l5_affine_eq_16 -0.1963197886943817
    n1_l4_relu_5 n1_l5_affine_eq_17 0.02083001472055912 n1_l5_affine_eq_18 -0.2747015357017517
    n1_l4_relu_5 n1_l5_affine_eq_19 -0.012822045013308525 n1_l5_affine_eq_20 0.2156820148229599
    n1_l4_relu_5 n1_l5_affine_eq_21 -0.2175678014755249 n1_l5_affine_eq_22 -0.03377695009112358
    n1_l4_relu_5 n1_l5_affine_eq_23 -0.13836005330085754 n1_l5_affine_eq_24 0.029680943116545677
    n1_l4_relu_5 n1_l5_affine_eq_25 0.14714179933071136 n1_l5_affine_eq_26 -0.18668696284294128
    n1_l4_relu_5 n1_l5_affine_eq_27 -0.004315951373428106 n1_l5_affine_eq_28 0.16766923666000366
    n1_l4_relu_5 n1_l5_affine_eq_29 0.14210177958011627 n1_l5_affine_eq_30 -0.20912137627601624
    n1_l4_relu_5 n1_l5_affine_eq_31 -0.13894400000572205 n1_l5_affine_eq_32 -0.09883804619312286
    n1_l4_relu_5 n1_l5_affine_eq_33 0.20853526890277863 n1_l5_affine_eq_34 0.4237521290779114
    n1_l4_relu_5 n1_l5_affine_eq_35 -0.11705577373504639 n1_l5_affine_eq_36 0.36567139625549316
    n1_l4_relu_5 n1_l5_affine_eq_37 -0.08768719434738159 n1_l5_affine_eq_38 -0.2519626319408417
    n1_l4_relu_5 n1_l5_affine_eq_39 0.2112215906381607 n1_l5_affine_eq_40 -0.07742435485124588
    n1_l4_relu_5 n1_l5_affine_eq_41 -0.13986270129680634 n1_l5_affine_eq_42 0.12613116204738617
    n1_l4_relu_5 n1_l5_affine_eq_43 0.025364359840750694 n1_l5_affine_eq_44 0.23038789629936218
    n1_l4_relu_5 n1_l5_affine_eq_45 -0.08714814484119415 n1_l5_affine_eq_46 -0.24208538234233856
    n1_l4_relu_5 n1_l5_affine_eq_47 0.022804604843258858 n1_l5_affine_eq_48 0.09518253803253174
    n1_l4_relu_5 n1_l5_affine_eq_49 0.07809150964021683 n1_l5_affine_eq_50 -0.2532428801059723
    n1_l4_relu_5 n1_l5_affine_eq_51 -0.060846295207738876 n1_l5_affine_eq_52 -0.27407169342041016
    n1_l4_relu_5 n1_l5_affine_eq_53 -0.028156213462352753 n1_l5_affine_eq_54 0.12568463385105133
    n1_l4_relu_5 n1_l5_affine_eq_55 0.27728283405303955 n1_l5_affine_eq_56 -0.05190371721982956
    n1_l4_relu_5 n1_l5_affine_eq_57 -0.20374418795108795 n1_l5_affine_eq_58 0.05831876024603844
    n1_l4_relu_5 n1_l5_affine_eq_59 0.033436767756938934
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_5 n1_l4_relu_on_5 -0.09000705782125659 n1_l4_relu_off_5 0.03359321087127026
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_14 n1_l4_relu_ge_14 1 n1_l4_relu_on_14 1
    n1_l4_relu_14 n1_l4_relu_off_14 1 n1_l5_affine_eq_0 0.531380832195282
    n1_l4_relu_14 n1_l5_affine_eq_1 -0.40498414635658264 n1_l5_affine_eq_2 0.1705811768770218
    n1_l4_relu_14 n1_l5_affine_eq_3 -0.26641449332237244 n1_l5_affine_eq_4 -0.32045039534568787
    n1_l4_relu_14 n1_l5_affine_eq_5 -0.1999528706073761 n1_l5_affine_eq_6 -0.01647188700735569
    n1_l4_relu_14 n1_l5_affine_eq_7 0.22836321592330933 n1_l5_affine_eq_8 -0.25688812136650085
    n1_l4_relu_14 n1_l5_affine_eq_9 -0.21739035844802856 n1_l5_affine_eq_10 0.42179837822914124
    n1_l4_relu_14 n1_l5_affine_eq_11 -0.1523427516222 n1_l5_affine_eq_12 0.16177286207675934
    n1_l4_relu_14 n1_l5_affine_eq_13 -0.06725894659757614 n1_l5_affine_eq_14 0.1511470228433609
    n1_l4_relu_14 n1_l5_affine_eq_15 0.023214692249894142 n1_l5_affine_eq_16 -0.09665939211845398
    n1_l4_relu_14 n1_l5_affine_eq_17 0.22746965289115906 n1_l5_affine_eq_18 0.4634914994239807
    n1_l4_relu_14 n1_l5_affine_eq_19 0.12328683584928513 n1_l5_affine_eq_20 0.02603764459490776
    n1_l4_relu_14 n1_l5_affine_eq_21 -0.047874122858047485 n1_l5_affine_eq_22 0.4100341796875
    n1_l4_relu_14 n1_l5_affine_eq_23 0.7488834261894226 n1_l5_affine_eq_24 0.5232265591621399
    n1_l4_relu_14 n1_l5_affine_eq_25 0.04718403145670891 n1_l5_affine_eq_26 -0.14710107445716858
    n1_l4_relu_14 n1_l5_affine_eq_27 -0.17990481853485107 n1_l5_affine_eq_28 -0.22516784071922302
    n1_l4_relu_14 n1_l5_affine_eq_29 -0.03997722640633583 n1_l5_affine_eq_30 0.00900295004248619
    n1_l4_relu_14 n1_l5_affine_eq_31 0.0357532873749733 n1_l5_affine_eq_32 -0.32298004627227783
    n1_l4_relu_14 n1_l5_affine_eq_33 -0.03374245762825012 n1_l5_affine_eq_34 0.2158280611038208
    n1_l4_relu_14 n1_l5_affine_eq_35 -0.09025262296199799 n1_l5_affine_eq_36 -0.0691421627998352
    n1_l4_relu_14 n1_l5_affine_eq_37 0.31046220660209656 n1_l5_affine_eq_38 0.08791480958461761
    n1_l4_relu_14 n1_l5_affine_eq_39 -0.35861876606941223 n1_l5_affine_eq_40 0.028869953006505966
    n1_l4_relu_14 n1_l5_affine_eq_41 -0.22994035482406616 n1_l5_affine_eq_42 0.10113226622343063
    n1_l4_relu_14 n1_l5_affine_eq_43 -0.09101264178752899 n1_l5_affine_eq_44 -0.20427830517292023
    n1_l4_relu_14 n1_l5_affine_eq_45 -0.3050669729709625 n1_l5_affine_eq_46 0.418531596660614
    n1_l4_relu_14 n1_l5_affine_eq_47 0.16152705252170563 n1_l5_affine_eq_48 0.16970062255859375
    n1_l4_relu_14 n1_l5_affine_eq_49 -0.009739255532622337 n1_l5_affine_eq_50 0.10057327151298523
    n1_l4_relu_14 n1_l5_affine_eq_51 -0.12451731413602829 n1_l5_affine_eq_52 0.38054192066192627
    n1_l4_relu_14 n1_l5_affine_eq_53 -0.6182655096054077 n1_l5_affine_eq_54 -0.04691900685429573
    n1_l4_relu_14 n1_l5_affine_eq_55 -0.5262559652328491 n1_l5_affine_eq_56 0.0729513093829155
    n1_l4_relu_14 n1_l5_affine_eq_57 0.6081715822219849 n1_l5_affine_eq_58 0.3408214747905731
    n1_l4_relu_14 n1_l5_affine_eq_59 -0.4134924113750458
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_14 n1_l4_relu_on_14 -0.13121098530393804 n1_l4_relu_off_14 0.06924737357068708
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_16 n1_l4_relu_ge_16 1 n1_l4_relu_on_16 1
    n1_l4_relu_16 n1_l4_relu_off_16 1 n1_l5_affine_eq_0 -0.28135526180267334
    n1_l4_relu_16 n1_l5_affine_eq_1 0.5188384652137756 n1_l5_affine_eq_2 -0.17292699217796326
    n1_l4_relu_16 n1_l5_affine_eq_3 0.13286347687244415 n1_l5_affine_eq_4 0.27942633628845215
    n1_l4_relu_16 n1_l5_affine_eq_5 0.2637912333011627 n1_l5_affine_eq_6 -0.110496386885643
    n1_l4_relu_16 n1_l5_affine_eq_7 0.1308876872062683 n1_l5_affine_eq_8 -0.08118196576833725
    n1_l4_relu_16 n1_l5_affine_eq_9 -0.2712413966655731 n1_l5_affine_eq_10 -0.041755739599466324
    n1_l4_relu_16 n1_l5_affine_eq_11 0.02618967555463314 n1_l5_affine_eq_12 0.04401683434844017
    n1_l4_relu_16 n1_l5_affine_eq_13 0.4518974721431732 n1_l5_affine_eq_14 -0.006980780512094498
    n1_l4_relu_16 n1_l5_affine_eq_15 -0.01738506555557251 n1_l5_affine_eq_16 0.054688625037670135
    n1_l4_relu_16 n1_l5_affine_eq_17 -0.18687252700328827 n1_l5_affine_eq_18 -0.057555947452783585
    n1_l4_relu_16 n1_l5_affine_eq_19 0.4225112497806549 n1_l5_affine_eq_20 -0.07351095974445343
    n1_l4_relu_16 n1_l5_affine_eq_21 -0.02751058340072632 n1_l5_affine_eq_22 -0.10355785489082336
    n1_l4_relu_16 n1_l5_affine_eq_23 0.06915013492107391 n1_l5_affine_eq_24 0.19421884417533875
    n1_l4_relu_16 n1_l5_affine_eq_25 -0.23042577505111694 n1_l5_affine_eq_26 0.32639846205711365
    n1_l4_relu_16 n1_l5_affine_eq_27 0.10296820849180222 n1_l5_affine_eq_28 0.20883436501026154
    n1_l4_relu_16 n1_l5_affine_eq_29 0.037986963987350464 n1_l5_affine_eq_30 0.24436093866825104
    n1_l4_relu_16 n1_l5_affine_eq_31 -0.013922767713665962 n1_l5_affine_eq_32 -0.19621244072914124
    n1_l4_relu_16 n1_l5_affine_eq_33 0.054120022803545 n1_l5_affine_eq_34 0.13353034853935242
    n1_l4_relu_16 n1_l5_affine_eq_35 -0.09566395729780197 n1_l5_affine_eq_36 0.27375614643096924
    n1_l4_relu_16 n1_l5_affine_eq_37 -0.10172553360462189 n1_l5_affine_eq_38 0.26025769114494324
    n1_l4_relu_16 n1_l5_affine_eq_39 -0.23390400409698486 n1_l5_affine_eq_40 -0.015157397836446762
    n1_l4_relu_16 n1_l5_affine_eq_41 0.2555254101753235 n1_l5_affine_eq_42 -0.16367387771606445
    n1_l4_relu_16 n1_l5_affine_eq_43 -0.1728551834821701 n1_l5_affine_eq_44 -0.26248323917388916
    n1_l4_relu_16 n1_l5_affine_eq_45 0.08630134910345078 n1_l5_affine_eq_46 0.17332234978675842
    n1_l4_relu_16 n1_l5_affine_eq_47 0.021819522604346275 n1_l5_affine_eq_48 -0.34665432572364807
    n1_l4_relu_16 n1_l5_affine_eq_49 -0.27370041608810425 n1_l5_affine_eq_50 -0.025486452504992485
    n1_l4_relu_16 n1_l5_affine_eq_51 0.12585029006004333 n1_l5_affine_eq_52 -0.08957342058420181
    n1_l4_relu_16 n1_l5_affine_eq_53 -0.19538190960884094 n1_l5_affine_eq_54 0.023957446217536926
    n1_l4_relu_16 n1_l5_affine_eq_55 -0.11121147871017456 n1_l5_affine_eq_56 0.05406608060002327
    n1_l4_relu_16 n1_l5_affine_eq_57 0.06975871324539185 n1_l5_affine_eq_58 -0.007911786437034607
    n1_l4_relu_16 n1_l5_affine_eq_59 -0.009098712354898453
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_16 n1_l4_relu_on_16 -0.10128461318869966 n1_l4_relu_off_16 0.057746348073029176
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_21 n1_l4_relu_ge_21 1 n1_l4_relu_on_21 1
    n1_l4_relu_21 n1_l4_relu_off_21 1 n1_l5_affine_eq_0 0.2693931758403778
    n1_l4_relu_21 n1_l5_affine_eq_1 -0.026994891464710236 n1_l5_affine_eq_2 -0.18159280717372894
    n1_l4_relu_21 n1_l5_affine_eq_3 0.02292540669441223 n1_l5_affine_eq_4 -0.25084805488586426
    n1_l4_relu_21 n1_l5_affine_eq_5 0.18362367153167725 n1_l5_affine_eq_6 0.13250961899757385
    n1_l4_relu_21 n1_l5_affine_eq_7 -0.1729411631822586 n1_l5_affine_eq_8 -0.05146617814898491
    n1_l4_relu_21 n1_l5_affine_eq_9 -0.13736648857593536 n1_l5_affine_eq_10 0.3451623022556305
    n1_l4_relu_21 n1_l5_affine_eq_11 0.15128648281097412 n1_l5_affine_eq_12 -0.06278086453676224
    n1_l4_relu_21 n1_l5_affine_eq_13 -0.11707989871501923 n1_l5_affine_eq_14 -0.49486178159713745
    n1_l4_relu_21 n1_l5_affine_eq_15 -0.08576767891645432 n1_l5_affine_eq_16 -0.21573179960250854
    n1_l4_relu_21 n1_l5_affine_eq_17 -0.06024859473109245 n1_l5_affine_eq_18 -0.05588832125067711
    n1_l4_relu_21 n1_l5_affine_eq_19 0.41408658027648926 n1_l5_affine_eq_20 -0.08585263043642044
    n1_l4_relu_21 n1_l5_affine_eq_21 0.16915208101272583 n1_l5_affine_eq_22 -0.047733671963214874
    n1_l4_relu_21 n1_l5_affine_eq_23 0.008038747124373913 n1_l5_affine_eq_24 0.004260104615241289
    n1_l4_relu_21 n1_l5_affine_eq_25 0.3777107000350952 n1_l5_affine_eq_26 0.4409143626689911
    n1_l4_relu_21 n1_l5_affine_eq_27 0.16430015861988068 n1_l5_affine_eq_28 -0.0482814647257328
    n1_l4_relu_21 n1_l5_affine_eq_29 -0.3455294370651245 n1_l5_affine_eq_30 0.14024776220321655
    n1_l4_relu_21 n1_l5_affine_eq_31 0.349627822637558 n1_l5_affine_eq_32 0.006570195313543081
    n1_l4_relu_21 n1_l5_affine_eq_33 0.1301369071006775 n1_l5_affine_eq_34 -0.25657758116722107
    n1_l4_relu_21 n1_l5_affine_eq_35 -0.24039402604103088 n1_l5_affine_eq_36 -0.09398109465837479
    n1_l4_relu_21 n1_l5_affine_eq_37 -0.10676352679729462 n1_l5_affine_eq_38 -0.24804966151714325
    n1_l4_relu_21 n1_l5_affine_eq_39 -0.035206012427806854 n1_l5_affine_eq_40 0.43981871008872986
    n1_l4_relu_21 n1_l5_affine_eq_41 0.02933402918279171 n1_l5_affine_eq_42 -0.30257269740104675
    n1_l4_relu_21 n1_l5_affine_eq_43 -0.27826130390167236 n1_l5_affine_eq_44 -0.1957184374332428
    n1_l4_relu_21 n1_l5_affine_eq_45 -0.21723908185958862 n1_l5_affine_eq_46 -0.37416374683380127
    n1_l4_relu_21 n1_l5_affine_eq_47 -0.1545231193304062 n1_l5_affine_eq_48 -0.17817914485931396
    n1_l4_relu_21 n1_l5_affine_eq_49 -0.13997876644134521 n1_l5_affine_eq_50 -0.05397362262010574
    n1_l4_relu_21 n1_l5_affine_eq_51 -0.2525794804096222 n1_l5_affine_eq_52 0.0862596333026886
    n1_l4_relu_21 n1_l5_affine_eq_53 -0.0948481410741806 n1_l5_affine_eq_54 0.1991010159254074
    n1_l4_relu_21 n1_l5_affine_eq_55 -0.04148567467927933 n1_l5_affine_eq_56 0.18665392696857452
    n1_l4_relu_21 n1_l5_affine_eq_57 0.5448736548423767 n1_l5_affine_eq_58 0.466239869594574
    n1_l4_relu_21 n1_l5_affine_eq_59 -0.25207453966140747
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_21 n1_l4_relu_on_21 -0.09041525775577207 n1_l4_relu_off_21 0.09756423718890302
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_28 n1_l4_relu_ge_28 1 n1_l4_relu_on_28 1
    n1_l4_relu_28 n1_l4_relu_off_28 1 n1_l5_affine_eq_0 0.37309375405311584
    n1_l4_relu_28 n1_l5_affine_eq_1 -0.03890271112322807 n1_l5_affine_eq_2 0.3109529912471771
    n1_l4_relu_28 n1_l5_affine_eq_3 -0.18216495215892792 n1_l5_affine_eq_4 0.09243526309728622
    n1_l4_relu_28 n1_l5_affine_eq_5 -0.2747667729854584 n1_l5_affine_eq_6 0.2684905230998993
    n1_l4_relu_28 n1_l5_affine_eq_7 0.006510863546282053 n1_l5_affine_eq_8 -0.11161404848098755
    n1_l4_relu_28 n1_l5_affine_eq_9 -0.21804757416248322 n1_l5_affine_eq_10 0.34278202056884766
    n1_l4_relu_28 n1_l5_affine_eq_11 0.05854702740907669 n1_l5_affine_eq_12 -0.08132533729076385
    n1_l4_relu_28 n1_l5_affine_eq_13 0.3158804178237915 n1_l5_affine_eq_14 0.34080901741981506
    n1_l4_relu_28 n1_l5_affine_eq_15 0.45786261558532715 n1_l5_affine_eq_16 0.17586615681648254
    n1_l4_relu_28 n1_l5_affine_eq_17 0.21182456612586975 n1_l5_affine_eq_18 0.10638660192489624
    n1_l4_relu_28 n1_l5_affine_eq_19 -0.4418838918209076 n1_l5_affine_eq_20 -0.05990598350763321
    n1_l4_relu_28 n1_l5_affine_eq_21 0.06274638324975967 n1_l5_affine_eq_22 0.0990382507443428
    n1_l4_relu_28 n1_l5_affine_eq_23 0.42190709710121155 n1_l5_affine_eq_24 0.30982083082199097
    n1_l4_relu_28 n1_l5_affine_eq_25 0.2388189733028412 n1_l5_affine_eq_26 -0.2348548173904419
    n1_l4_relu_28 n1_l5_affine_eq_27 0.1880306750535965 n1_l5_affine_eq_28 -0.209676593542099
    n1_l4_relu_28 n1_l5_affine_eq_29 0.7229360938072205 n1_l5_affine_eq_30 -0.15376941859722137
    n1_l4_relu_28 n1_l5_affine_eq_31 -0.40759900212287903 n1_l5_affine_eq_32 0.053513024002313614
    n1_l4_relu_28 n1_l5_affine_eq_33 -0.017760736867785454 n1_l5_affine_eq_34 -0.09943850338459015
    n1_l4_relu_28 n1_l5_affine_eq_35 -0.08826929330825806 n1_l5_affine_eq_36 0.5069988369941711
    n1_l4_relu_28 n1_l5_affine_eq_37 -0.201560840010643 n1_l5_affine_eq_38 -0.028561539947986603
    n1_l4_relu_28 n1_l5_affine_eq_39 0.14067192375659943 n1_l5_affine_eq_40 -0.12252779304981232
    n1_l4_relu_28 n1_l5_affine_eq_41 -0.14792199432849884 n1_l5_affine_eq_42 0.0312875397503376
    n1_l4_relu_28 n1_l5_affine_eq_43 0.19954590499401093 n1_l5_affine_eq_44 -0.11053655296564102
    n1_l4_relu_28 n1_l5_affine_eq_45 -0.41919514536857605 n1_l5_affine_eq_46 0.31564342975616455
    n1_l4_relu_28 n1_l5_affine_eq_47 0.39427608251571655 n1_l5_affine_eq_48 0.5607187151908875
    n1_l4_relu_28 n1_l5_affine_eq_49 -0.014550010673701763 n1_l5_affine_eq_50 -0.2262902855873108
    n1_l4_relu_28 n1_l5_affine_eq_51 -0.13221873342990875 n1_l5_affine_eq_52 0.4163481593132019
    n1_l4_relu_28 n1_l5_affine_eq_53 -0.00991483312100172 n1_l5_affine_eq_54 0.02018389105796814
    n1_l4_relu_28 n1_l5_affine_eq_55 -0.4971811771392822 n1_l5_affine_eq_56 0.052249811589717865
    n1_l4_relu_28 n1_l5_affine_eq_57 0.5213214159011841 n1_l5_affine_eq_58 0.2010020762681961
    n1_l4_relu_28 n1_l5_affine_eq_59 -0.2925473749637604
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_28 n1_l4_relu_on_28 -0.17483590872058394 n1_l4_relu_off_28 0.018239983737585636
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_41 n1_l4_relu_ge_41 1 n1_l4_relu_on_41 1
    n1_l4_relu_41 n1_l4_relu_off_41 1 n1_l5_affine_eq_0 -0.18821623921394348
    n1_l4_relu_41 n1_l5_affine_eq_1 -0.20354950428009033 n1_l5_affine_eq_2 -0.17679910361766815
    n1_l4_relu_41 n1_l5_affine_eq_3 0.1900452971458435 n1_l5_affine_eq_4 0.04115402698516846
    n1_l4_relu_41 n1_l5_affine_eq_5 -0.17334643006324768 n1_l5_affine_eq_6 -0.21311335265636444
    n1_l4_relu_41 n1_l5_affine_eq_7 0.13919059932231903 n1_l5_affine_eq_8 0.019970659166574478
    n1_l4_relu_41 n1_l5_affine_eq_9 0.09290074557065964 n1_l5_affine_eq_10 0.050651270896196365
    n1_l4_relu_41 n1_l5_affine_eq_11 0.03083810955286026 n1_l5_affine_eq_12 0.09044163674116135
    n1_l4_relu_41 n1_l5_affine_eq_13 -0.20561563968658447 n1_l5_affine_eq_14 -0.1950058490037918
    n1_l4_relu_41 n1_l5_affine_eq_15 0.07470760494470596 n1_l5_affine_eq_16 0.3133179247379303
    n1_l4_relu_41 n1_l5_affine_eq_17 -0.18149302899837494 n1_l5_affine_eq_18 -0.0007135841296985745
    n1_l4_relu_41 n1_l5_affine_eq_19 -0.11402467638254166 n1_l5_affine_eq_20 0.08917348086833954
    n1_l4_relu_41 n1_l5_affine_eq_21 -0.40396758913993835 n1_l5_affine_eq_22 -0.08205757290124893
    n1_l4_relu_41 n1_l5_affine_eq_23 -0.2625317871570587 n1_l5_affine_eq_24 -0.20702466368675232
    n1_l4_relu_41 n1_l5_affine_eq_25 -0.28531911969184875 n1_l5_affine_eq_26 -0.234948068857193
    n1_l4_relu_41 n1_l5_affine_eq_27 0.019810639321804047 n1_l5_affine_eq_28 -0.08585481345653534
    n1_l4_relu_41 n1_l5_affine_eq_29 -0.2962058484554291 n1_l5_affine_eq_30 -0.09775698184967041
    n1_l4_relu_41 n1_l5_affine_eq_31 -0.18630146980285645 n1_l5_affine_eq_32 0.04966438189148903
    n1_l4_relu_41 n1_l5_affine_eq_33 -0.06862310320138931 n1_l5_affine_eq_34 -0.037582412362098694
    n1_l4_relu_41 n1_l5_affine_eq_35 -0.1722312718629837 n1_l5_affine_eq_36 -0.24162545800209045
    n1_l4_relu_41 n1_l5_affine_eq_37 0.3776893615722656 n1_l5_affine_eq_38 0.12774597108364105
    n1_l4_relu_41 n1_l5_affine_eq_39 -0.09627488255500793 n1_l5_affine_eq_40 -0.016775701195001602
    n1_l4_relu_41 n1_l5_affine_eq_41 -0.06469117850065231 n1_l5_affine_eq_42 -0.052585989236831665
    n1_l4_relu_41 n1_l5_affine_eq_43 -0.19491977989673615 n1_l5_affine_eq_44 -0.24320271611213684
    n1_l4_relu_41 n1_l5_affine_eq_45 0.26165100932121277 n1_l5_affine_eq_46 0.08806109428405762
    n1_l4_relu_41 n1_l5_affine_eq_47 -0.35311955213546753 n1_l5_affine_eq_48 -0.059229958802461624
    n1_l4_relu_41 n1_l5_affine_eq_49 -0.10709816217422485 n1_l5_affine_eq_50 -0.15219756960868835
    n1_l4_relu_41 n1_l5_affine_eq_51 0.15290850400924683 n1_l5_affine_eq_52 0.04818706959486008
    n1_l4_relu_41 n1_l5_affine_eq_53 0.01381938811391592 n1_l5_affine_eq_54 0.13338449597358704
    n1_l4_relu_41 n1_l5_affine_eq_55 0.15038740634918213 n1_l5_affine_eq_56 0.012379707768559456
    n1_l4_relu_41 n1_l5_affine_eq_57 -0.16889820992946625 n1_l5_affine_eq_58 -0.10370368510484695
    n1_l4_relu_41 n1_l5_affine_eq_59 0.14304372668266296
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_41 n1_l4_relu_on_41 -0.037875553903937285 n1_l4_relu_off_41 0.13048815620237228
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_55 n1_l4_relu_ge_55 1 n1_l4_relu_on_55 1
    n1_l4_relu_55 n1_l4_relu_off_55 1 n1_l5_affine_eq_0 0.06956831365823746
    n1_l4_relu_55 n1_l5_affine_eq_1 0.04668591916561127 n1_l5_affine_eq_2 0.11122521013021469
    n1_l4_relu_55 n1_l5_affine_eq_3 0.477226197719574 n1_l5_affine_eq_4 -0.16830044984817505
    n1_l4_relu_55 n1_l5_affine_eq_5 0.02163352258503437 n1_l5_affine_eq_6 -0.16709236800670624
    n1_l4_relu_55 n1_l5_affine_eq_7 0.15858332812786102 n1_l5_affine_eq_8 0.09972357004880905
    n1_l4_relu_55 n1_l5_affine_eq_9 -0.10726319998502731 n1_l5_affine_eq_10 0.1836392730474472
    n1_l4_relu_55 n1_l5_affine_eq_11 0.2027832716703415 n1_l5_affine_eq_12 -0.006313713267445564
    n1_l4_relu_55 n1_l5_affine_eq_13 0.11408939212560654 n1_l5_affine_eq_14 0.2213168442249298
    n1_l4_relu_55 n1_l5_affine_eq_15 -0.09711810201406479 n1_l5_affine_eq_16 -0.010830109007656574
    n1_l4_relu_55 n1_l5_affine_eq_17 0.06719827651977539 n1_l5_affine_eq_18 0.15709038078784943
    n1_l4_relu_55 n1_l5_affine_eq_19 -0.1961507499217987 n1_l5_affine_eq_20 0.04526025056838989
    n1_l4_relu_55 n1_l5_affine_eq_21 0.018179668113589287 n1_l5_affine_eq_22 -0.04684405401349068
    n1_l4_relu_55 n1_l5_affine_eq_23 0.3087722361087799 n1_l5_affine_eq_24 0.029341209679841995
    n1_l4_relu_55 n1_l5_affine_eq_25 -0.28604656457901 n1_l5_affine_eq_26 -0.20986121892929077
    n1_l4_relu_55 n1_l5_affine_eq_27 -0.17457866668701172 n1_l5_affine_eq_28 -0.13610337674617767
    n1_l4_relu_55 n1_l5_affine_eq_29 0.1355750560760498 n1_l5_affine_eq_30 -0.11948664486408234
    n1_l4_relu_55 n1_l5_affine_eq_31 -0.2283698469400406 n1_l5_affine_eq_32 0.2801368236541748
    n1_l4_relu_55 n1_l5_affine_eq_33 0.06419183313846588 n1_l5_affine_eq_34 0.06269176304340363
    n1_l4_relu_55 n1_l5_affine_eq_35 -0.19001027941703796 n1_l5_affine_eq_36 0.16192574799060822
    n1_l4_relu_55 n1_l5_affine_eq_37 0.1305588185787201 n1_l5_affine_eq_38 0.12412732094526291
    n1_l4_relu_55 n1_l5_affine_eq_39 0.12842829525470734 n1_l5_affine_eq_40 -0.22192434966564178
    n1_l4_relu_55 n1_l5_affine_eq_41 0.16661830246448517 n1_l5_affine_eq_42 -0.06688828021287918
    n1_l4_relu_55 n1_l5_affine_eq_43 0.09522049874067307 n1_l5_affine_eq_44 -0.08872076123952866
    n1_l4_relu_55 n1_l5_affine_eq_45 -0.042604975402355194 n1_l5_affine_eq_46 0.1792137622833252
    n1_l4_relu_55 n1_l5_affine_eq_47 -0.03800731897354126 n1_l5_affine_eq_48 0.053091682493686676
    n1_l4_relu_55 n1_l5_affine_eq_49 0.13231387734413147 n1_l5_affine_eq_50 0.1481727510690689
    n1_l4_relu_55 n1_l5_affine_eq_51 0.16328544914722443 n1_l5_affine_eq_52 -0.26953715085983276
    n1_l4_relu_55 n1_l5_affine_eq_53 0.07087992876768112 n1_l5_affine_eq_54 0.08703102916479111
    n1_l4_relu_55 n1_l5_affine_eq_55 -0.20612220466136932 n1_l5_affine_eq_56 0.29059451818466187
    n1_l4_relu_55 n1_l5_affine_eq_57 -0.1956719160079956 n1_l5_affine_eq_58 -0.014117655344307423
    n1_l4_relu_55 n1_l5_affine_eq_59 -0.16099198162555695
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_55 n1_l4_relu_on_55 -0.12379674130104507 n1_l4_relu_off_55 0.008583060766928984
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_61 n1_l4_relu_ge_61 1 n1_l4_relu_on_61 1
    n1_l4_relu_61 n1_l4_relu_off_61 1 n1_l5_affine_eq_0 0.0010647022863849998
    n1_l4_relu_61 n1_l5_affine_eq_1 -0.0013776757987216115 n1_l5_affine_eq_2 -0.04128614813089371
    n1_l4_relu_61 n1_l5_affine_eq_3 0.1523040235042572 n1_l5_affine_eq_4 -0.05476333945989609
    n1_l4_relu_61 n1_l5_affine_eq_5 0.039399199187755585 n1_l5_affine_eq_6 0.10176514834165573
    n1_l4_relu_61 n1_l5_affine_eq_7 0.0221419520676136 n1_l5_affine_eq_8 0.06643379479646683
    n1_l4_relu_61 n1_l5_affine_eq_9 0.137058824300766 n1_l5_affine_eq_10 -0.21642164885997772
    n1_l4_relu_61 n1_l5_affine_eq_11 -0.3042881488800049 n1_l5_affine_eq_12 0.007998201064765453
    n1_l4_relu_61 n1_l5_affine_eq_13 0.3569220006465912 n1_l5_affine_eq_14 0.17782582342624664
    n1_l4_relu_61 n1_l5_affine_eq_15 0.050465431064367294 n1_l5_affine_eq_16 -0.0061813220381736755
    n1_l4_relu_61 n1_l5_affine_eq_17 -0.049164313822984695 n1_l5_affine_eq_18 0.01907365210354328
    n1_l4_relu_61 n1_l5_affine_eq_19 -0.17165903747081757 n1_l5_affine_eq_20 0.07513602077960968
    n1_l4_relu_61 n1_l5_affine_eq_21 -0.2586936056613922 n1_l5_affine_eq_22 -0.04090479388833046
    n1_l4_relu_61 n1_l5_affine_eq_23 0.15467874705791473 n1_l5_affine_eq_24 0.2791883051395416
    n1_l4_relu_61 n1_l5_affine_eq_25 -0.19164367020130157 n1_l5_affine_eq_26 0.11497653275728226
    n1_l4_relu_61 n1_l5_affine_eq_27 -0.14010941982269287 n1_l5_affine_eq_28 -0.2079019844532013
    n1_l4_relu_61 n1_l5_affine_eq_29 -0.02241521328687668 n1_l5_affine_eq_30 0.05190500617027283
    n1_l4_relu_61 n1_l5_affine_eq_31 -0.12242679297924042 n1_l5_affine_eq_32 0.07566649466753006
    n1_l4_relu_61 n1_l5_affine_eq_33 0.14151911437511444 n1_l5_affine_eq_34 -0.22737450897693634
    n1_l4_relu_61 n1_l5_affine_eq_35 0.2413972169160843 n1_l5_affine_eq_36 0.08962990343570709
    n1_l4_relu_61 n1_l5_affine_eq_37 0.31273898482322693 n1_l5_affine_eq_38 -0.0752408504486084
    n1_l4_relu_61 n1_l5_affine_eq_39 -0.0758431926369667 n1_l5_affine_eq_40 -0.15917590260505676
    n1_l4_relu_61 n1_l5_affine_eq_41 0.18044494092464447 n1_l5_affine_eq_42 0.003987611271440983
    n1_l4_relu_61 n1_l5_affine_eq_43 -0.16052879393100739 n1_l5_affine_eq_44 -0.27514195442199707
    n1_l4_relu_61 n1_l5_affine_eq_45 -0.2680340111255646 n1_l5_affine_eq_46 -0.09932560473680496
    n1_l4_relu_61 n1_l5_affine_eq_47 -0.036587707698345184 n1_l5_affine_eq_48 0.08489858359098434
    n1_l4_relu_61 n1_l5_affine_eq_49 0.170627161860466 n1_l5_affine_eq_50 0.10800467431545258
    n1_l4_relu_61 n1_l5_affine_eq_51 -0.07392275333404541 n1_l5_affine_eq_52 -0.018782993778586388
    n1_l4_relu_61 n1_l5_affine_eq_53 -0.05354514345526695 n1_l5_affine_eq_54 0.12722045183181763
    n1_l4_relu_61 n1_l5_affine_eq_55 0.10500545054674149 n1_l5_affine_eq_56 0.19669514894485474
    n1_l4_relu_61 n1_l5_affine_eq_57 -0.005415159277617931 n1_l5_affine_eq_58 -0.21150457859039307
    n1_l4_relu_61 n1_l5_affine_eq_59 -0.3543296754360199
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_61 n1_l4_relu_on_61 -0.09241647586391123 n1_l4_relu_off_61 0.018171683648752327
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_65 n1_l4_relu_ge_65 1 n1_l4_relu_on_65 1
    n1_l4_relu_65 n1_l4_relu_off_65 1 n1_l5_affine_eq_0 0.05702037736773491
    n1_l4_relu_65 n1_l5_affine_eq_1 0.04617900401353836 n1_l5_affine_eq_2 -0.10704289376735687
    n1_l4_relu_65 n1_l5_affine_eq_3 0.25167903304100037 n1_l5_affine_eq_4 0.08293307572603226
    n1_l4_relu_65 n1_l5_affine_eq_5 -0.1909928172826767 n1_l5_affine_eq_6 -0.09503445774316788
    n1_l4_relu_65 n1_l5_affine_eq_7 -0.2425544708967209 n1_l5_affine_eq_8 0.29031071066856384
    n1_l4_relu_65 n1_l5_affine_eq_9 -0.17387641966342926 n1_l5_affine_eq_10 0.0063193319365382195
    n1_l4_relu_65 n1_l5_affine_eq_11 0.09741432964801788 n1_l5_affine_eq_12 0.05413903668522835
    n1_l4_relu_65 n1_l5_affine_eq_13 0.2925046682357788 n1_l5_affine_eq_14 -0.28756946325302124
    n1_l4_relu_65 n1_l5_affine_eq_15 0.23281002044677734 n1_l5_affine_eq_16 -0.3143911063671112
    n1_l4_relu_65 n1_l5_affine_eq_17 -0.37465667724609375 n1_l5_affine_eq_18 -0.3677885830402374
    n1_l4_relu_65 n1_l5_affine_eq_19 -0.015638530254364014 n1_l5_affine_eq_20 0.17051424086093903
    n1_l4_relu_65 n1_l5_affine_eq_21 0.07504770904779434 n1_l5_affine_eq_22 -0.00652291439473629
    n1_l4_relu_65 n1_l5_affine_eq_23 0.1964930295944214 n1_l5_affine_eq_24 -0.11840628832578659
    n1_l4_relu_65 n1_l5_affine_eq_25 0.44802311062812805 n1_l5_affine_eq_26 -0.07560878247022629
    n1_l4_relu_65 n1_l5_affine_eq_27 0.20824579894542694 n1_l5_affine_eq_28 0.3618079423904419
    n1_l4_relu_65 n1_l5_affine_eq_29 -0.1275339424610138 n1_l5_affine_eq_30 -0.16864831745624542
    n1_l4_relu_65 n1_l5_affine_eq_31 0.11056307703256607 n1_l5_affine_eq_32 -0.36205270886421204
    n1_l4_relu_65 n1_l5_affine_eq_33 0.03987043723464012 n1_l5_affine_eq_34 -0.11941923946142197
    n1_l4_relu_65 n1_l5_affine_eq_35 0.08276809006929398 n1_l5_affine_eq_36 -0.06743363291025162
    n1_l4_relu_65 n1_l5_affine_eq_37 -0.3346802294254303 n1_l5_affine_eq_38 -0.2647823989391327
    n1_l4_relu_65 n1_l5_affine_eq_39 0.12254857271909714 n1_l5_affine_eq_40 0.09688021242618561
    n1_l4_relu_65 n1_l5_affine_eq_41 -0.15450294315814972 n1_l5_affine_eq_42 0.12600179016590118
    n1_l4_relu_65 n1_l5_affine_eq_43 -0.07698655873537064 n1_l5_affine_eq_44 0.18767856061458588
    n1_l4_relu_65 n1_l5_affine_eq_45 -0.16638456284999847 n1_l5_affine_eq_46 -0.1982143223285675
    n1_l4_relu_65 n1_l5_affine_eq_47 0.21512560546398163 n1_l5_affine_eq_48 -0.2193470150232315
    n1_l4_relu_65 n1_l5_affine_eq_49 -0.13515184819698334 n1_l5_affine_eq_50 -0.3596700131893158
    n1_l4_relu_65 n1_l5_affine_eq_51 0.1340983510017395 n1_l5_affine_eq_52 0.1324434131383896
    n1_l4_relu_65 n1_l5_affine_eq_53 0.30297747254371643 n1_l5_affine_eq_54 0.09629999101161957
    n1_l4_relu_65 n1_l5_affine_eq_55 0.17862820625305176 n1_l5_affine_eq_56 0.18427717685699463
    n1_l4_relu_65 n1_l5_affine_eq_57 0.13684478402137756 n1_l5_affine_eq_58 0.06377897411584854
    n1_l4_relu_65 n1_l5_affine_eq_59 -0.12354078143835068
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_65 n1_l4_relu_on_65 -0.020807674535325688 n1_l4_relu_off_65 0.14225993769339584
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_68 n1_l4_relu_ge_68 1 n1_l4_relu_on_68 1
    n1_l4_relu_68 n1_l4_relu_off_68 1 n1_l5_affine_eq_0 0.2555275857448578
    n1_l4_relu_68 n1_l5_affine_eq_1 0.19208204746246338 n1_l5_affine_eq_2 0.33624616265296936
    n1_l4_relu_68 n1_l5_affine_eq_3 -0.1870911419391632 n1_l5_affine_eq_4 0.0709364265203476
    n1_l4_relu_68 n1_l5_affine_eq_5 -0.12651696801185608 n1_l5_affine_eq_6 -0.18845555186271667
    n1_l4_relu_68 n1_l5_affine_eq_7 0.42009609937667847 n1_l5_affine_eq_8 -0.16636212170124054
    n1_l4_relu_68 n1_l5_affine_eq_9 -0.2754250168800354 n1_l5_affine_eq_10 0.14829839766025543
    n1_l4_relu_68 n1_l5_affine_eq_11 -0.263628751039505 n1_l5_affine_eq_12 0.16763894259929657
    n1_l4_relu_68 n1_l5_affine_eq_13 -0.23237115144729614 n1_l5_affine_eq_14 -0.37617379426956177
    n1_l4_relu_68 n1_l5_affine_eq_15 0.07079511135816574 n1_l5_affine_eq_16 0.37803447246551514
    n1_l4_relu_68 n1_l5_affine_eq_17 0.16564874351024628 n1_l5_affine_eq_18 0.2577448785305023
    n1_l4_relu_68 n1_l5_affine_eq_19 0.26417261362075806 n1_l5_affine_eq_20 -0.018578410148620605
    n1_l4_relu_68 n1_l5_affine_eq_21 -0.04240339249372482 n1_l5_affine_eq_22 0.19562722742557526
    n1_l4_relu_68 n1_l5_affine_eq_23 0.22095632553100586 n1_l5_affine_eq_24 0.12472935765981674
    n1_l4_relu_68 n1_l5_affine_eq_25 -0.26969626545906067 n1_l5_affine_eq_26 -0.21335609257221222
    n1_l4_relu_68 n1_l5_affine_eq_27 -0.0015121963806450367 n1_l5_affine_eq_28 -0.012976589612662792
    n1_l4_relu_68 n1_l5_affine_eq_29 0.096107617020607 n1_l5_affine_eq_30 -0.04003385081887245
    n1_l4_relu_68 n1_l5_affine_eq_31 -0.2725570797920227 n1_l5_affine_eq_32 -0.2699929475784302
    n1_l4_relu_68 n1_l5_affine_eq_33 0.18531858921051025 n1_l5_affine_eq_34 -0.2756267786026001
    n1_l4_relu_68 n1_l5_affine_eq_35 -0.23541465401649475 n1_l5_affine_eq_36 -0.4255653917789459
    n1_l4_relu_68 n1_l5_affine_eq_37 0.16405434906482697 n1_l5_affine_eq_38 0.10324816405773163
    n1_l4_relu_68 n1_l5_affine_eq_39 -0.2208181619644165 n1_l5_affine_eq_40 0.28035929799079895
    n1_l4_relu_68 n1_l5_affine_eq_41 -0.37913480401039124 n1_l5_affine_eq_42 -0.3161856532096863
    n1_l4_relu_68 n1_l5_affine_eq_43 0.02809777483344078 n1_l5_affine_eq_44 -0.43417641520500183
    n1_l4_relu_68 n1_l5_affine_eq_45 -0.12545627355575562 n1_l5_affine_eq_46 0.3188645541667938
    n1_l4_relu_68 n1_l5_affine_eq_47 -0.47621649503707886 n1_l5_affine_eq_48 -0.08835063874721527
    n1_l4_relu_68 n1_l5_affine_eq_49 -0.2129286676645279 n1_l5_affine_eq_50 0.22820566594600677
    n1_l4_relu_68 n1_l5_affine_eq_51 0.6963405609130859 n1_l5_affine_eq_52 -0.23450931906700134
    n1_l4_relu_68 n1_l5_affine_eq_53 -0.28205159306526184 n1_l5_affine_eq_54 0.013669513165950775
    n1_l4_relu_68 n1_l5_affine_eq_55 -0.3531632423400879 n1_l5_affine_eq_56 -0.010909050703048706
    n1_l4_relu_68 n1_l5_affine_eq_57 0.36568692326545715 n1_l5_affine_eq_58 0.011222928762435913
    n1_l4_relu_68 n1_l5_affine_eq_59 -0.1943451315164566
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_68 n1_l4_relu_on_68 -0.11749530370194476 n1_l4_relu_off_68 0.008292882158241659
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_73 n1_l4_relu_ge_73 1 n1_l4_relu_on_73 1
    n1_l4_relu_73 n1_l4_relu_off_73 1 n1_l5_affine_eq_0 0.09118987619876862
    n1_l4_relu_73 n1_l5_affine_eq_1 -0.05788073688745499 n1_l5_affine_eq_2 -0.08132866770029068
    n1_l4_relu_73 n1_l5_affine_eq_3 -0.19531288743019104 n1_l5_affine_eq_4 -0.26021331548690796
    n1_l4_relu_73 n1_l5_affine_eq_5 0.046637509018182755 n1_l5_affine_eq_6 -0.42538174986839294
    n1_l4_relu_73 n1_l5_affine_eq_7 0.02050572633743286 n1_l5_affine_eq_8 -0.24140389263629913
    n1_l4_relu_73 n1_l5_affine_eq_9 -0.3798369765281677 n1_l5_affine_eq_10 0.36821380257606506
    n1_l4_relu_73 n1_l5_affine_eq_11 0.04730818793177605 n1_l5_affine_eq_12 0.1773441582918167
    n1_l4_relu_73 n1_l5_affine_eq_13 0.302097886800766 n1_l5_affine_eq_14 -0.3364608883857727
    n1_l4_relu_73 n1_l5_affine_eq_15 0.25917282700538635 n1_l5_affine_eq_16 -0.0882268100976944
    n1_l4_relu_73 n1_l5_affine_eq_17 0.36294832825660706 n1_l5_affine_eq_18 0.6157993674278259
    n1_l4_relu_73 n1_l5_affine_eq_19 0.243763267993927 n1_l5_affine_eq_20 -0.0438019298017025
    n1_l4_relu_73 n1_l5_affine_eq_21 0.08008799701929092 n1_l5_affine_eq_22 -0.1337999552488327
    n1_l4_relu_73 n1_l5_affine_eq_23 0.23878213763237 n1_l5_affine_eq_24 -0.08458345383405685
    n1_l4_relu_73 n1_l5_affine_eq_25 -0.2992113530635834 n1_l5_affine_eq_26 -0.07547486573457718
    n1_l4_relu_73 n1_l5_affine_eq_27 -0.3842775225639343 n1_l5_affine_eq_28 -0.1522005796432495
    n1_l4_relu_73 n1_l5_affine_eq_29 0.17161323130130768 n1_l5_affine_eq_30 -0.44318661093711853
    n1_l4_relu_73 n1_l5_affine_eq_31 -0.21206262707710266 n1_l5_affine_eq_32 0.2010788470506668
    n1_l4_relu_73 n1_l5_affine_eq_33 -0.032569676637649536 n1_l5_affine_eq_34 0.1019640564918518
    n1_l4_relu_73 n1_l5_affine_eq_35 -0.14803296327590942 n1_l5_affine_eq_36 -0.140446737408638
    n1_l4_relu_73 n1_l5_affine_eq_37 0.17292188107967377 n1_l5_affine_eq_38 0.11666640639305115
    n1_l4_relu_73 n1_l5_affine_eq_39 -0.6512847542762756 n1_l5_affine_eq_40 0.29029232263565063
    n1_l4_relu_73 n1_l5_affine_eq_41 -0.15829072892665863 n1_l5_affine_eq_42 -0.4127230942249298
    n1_l4_relu_73 n1_l5_affine_eq_43 0.015556770376861095 n1_l5_affine_eq_44 -0.44667449593544006
    n1_l4_relu_73 n1_l5_affine_eq_45 -0.3076479136943817 n1_l5_affine_eq_46 0.380537748336792
    n1_l4_relu_73 n1_l5_affine_eq_47 -0.3502846956253052 n1_l5_affine_eq_48 0.009738927707076073
    n1_l4_relu_73 n1_l5_affine_eq_49 -0.5519726276397705 n1_l5_affine_eq_50 0.29120394587516785
    n1_l4_relu_73 n1_l5_affine_eq_51 0.10940331965684891 n1_l5_affine_eq_52 -0.041931770741939545
    n1_l4_relu_73 n1_l5_affine_eq_53 -0.616452693939209 n1_l5_affine_eq_54 -0.13409695029258728
    n1_l4_relu_73 n1_l5_affine_eq_55 -0.4653400778770447 n1_l5_affine_eq_56 0.04593069851398468
    n1_l4_relu_73 n1_l5_affine_eq_57 0.6584756970405579 n1_l5_affine_eq_58 0.06969805806875229
    n1_l4_relu_73 n1_l5_affine_eq_59 -0.4320800304412842
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_73 n1_l4_relu_on_73 -0.07680455109117548 n1_l4_relu_off_73 0.0797596310717352
    MARKER 'MARKER' 'INTEND'
    n1_l4_relu_77 n1_l4_relu_ge_77 1 n1_l4_relu_on_77 1
    n1_l4_relu_77 n1_l4_relu_off_77 1 n1_l5_affine_eq_0 -0.13340580463409424
    n1_l4_relu_77 n1_l5_affine_eq_1 0.2867259681224823 n1_l5_affine_eq_2 0.031830064952373505
    n1_l4_relu_77 n1_l5_affine_eq_3 -0.1458560973405838 n1_l5_affine_eq_4 0.08751515299081802
    n1_l4_relu_77 n1_l5_affine_eq_5 0.046827759593725204 n1_l5_affine_eq_6 0.05473136529326439
    n1_l4_relu_77 n1_l5_affine_eq_7 -0.0685025304555893 n1_l5_affine_eq_8 0.06126528978347778
    n1_l4_relu_77 n1_l5_affine_eq_9 -0.06477305293083191 n1_l5_affine_eq_10 -0.1389661729335785
    n1_l4_relu_77 n1_l5_affine_eq_11 -0.12773331999778748 n1_l5_affine_eq_12 0.09924875944852829
    n1_l4_relu_77 n1_l5_affine_eq_13 0.07857894897460938 n1_l5_affine_eq_14 0.20988470315933228
    n1_l4_relu_77 n1_l5_affine_eq_15 0.1289069652557373 n1_l5_affine_eq_16 0.0556122288107872
    n1_l4_relu_77 n1_l5_affine_eq_17 0.02984117902815342 n1_l5_affine_eq_18 0.04609491303563118
    n1_l4_relu_77 n1_l5_affine_eq_19 0.08512315899133682 n1_l5_affine_eq_20 -0.12158292531967163
    n1_l4_relu_77 n1_l5_affine_eq_21 -0.03551008924841881 n1_l5_affine_eq_22 0.08015044033527374
    n1_l4_relu_77 n1_l5_affine_eq_23 -0.1613444685935974 n1_l5_affine_eq_24 -0.0083998441696167
    n1_l4_relu_77 n1_l5_affine_eq_25 -0.29184573888778687 n1_l5_affine_eq_26 0.1767626404762268
    n1_l4_relu_77 n1_l5_affine_eq_27 0.2139766663312912 n1_l5_affine_eq_28 0.1782032996416092
    n1_l4_relu_77 n1_l5_affine_eq_29 0.22308115661144257 n1_l5_affine_eq_30 -0.10377081483602524
    n1_l4_relu_77 n1_l5_affine_eq_31 -0.22679975628852844 n1_l5_affine_eq_32 -0.19702482223510742
    n1_l4_relu_77 n1_l5_affine_eq_33 0.11661174148321152 n1_l5_affine_eq_34 0.1633581519126892
    n1_l4_relu_77 n1_l5_affine_eq_35 -0.051452234387397766 n1_l5_affine_eq_36 -0.1252134144306183
    n1_l4_relu_77 n1_l5_affine_eq_37 -0.029565753415226936 n1_l5_affine_eq_38 0.28541848063468933
    n1_l4_relu_77 n1_l5_affine_eq_39 0.024709274992346764 n1_l5_affine_eq_40 -0.034500911831855774
    n1_l4_relu_77 n1_l5_affine_eq_41 -0.04154817759990692 n1_l5_affine_eq_42 0.21914763748645782
    n1_l4_relu_77 n1_l5_affine_eq_43 0.31794193387031555 n1_l5_affine_eq_44 -0.2963661253452301
    n1_l4_relu_77 n1_l5_affine_eq_45 0.13245238363742828 n1_l5_affine_eq_46 0.2292206734418869
    n1_l4_relu_77 n1_l5_affine_eq_47 0.002979104407131672 n1_l5_affine_eq_48 -0.2664875388145447
    n1_l4_relu_77 n1_l5_affine_eq_49 -0.22968894243240356 n1_l5_affine_eq_50 0.12459179759025574
    n1_l4_relu_77 n1_l5_affine_eq_51 0.07257364690303802 n1_l5_affine_eq_52 -0.051965098828077316
    n1_l4_relu_77 n1_l5_affine_eq_53 -0.12014677375555038 n1_l5_affine_eq_54 -0.13291063904762268
    n1_l4_relu_77 n1_l5_affine_eq_55 -0.008092540316283703 n1_l5_affine_eq_56 0.14305990934371948
    n1_l4_relu_77 n1_l5_affine_eq_57 0.18634258210659027 n1_l5_affine_eq_58 -0.03999800607562065
    n1_l4_relu_77 n1_l5_affine_eq_59 0.17179180681705475
    MARKER 'MARKER' 'INTORG'
    n1_l4_relu_d_77 n1_l4_relu_on_77 -0.07902268728906761 n1_l4_relu_off_77 0.03842800536511915
    MARKER 'MARKER' 'INTEND'
    n1_l5_affine_0 n1_l5_affine_eq_0 1 n1_l7_affine_eq_0 0.15359008312225342
    n1_l5_affine_0 n1_l7_affine_eq_1 -0.046957604587078094 n1_l7_affine_eq_2 0.02978520840406418
    n1_l5_affine_0 n1_l7_affine_eq_3 -0.2178381085395813 n1_l7_affine_eq_4 -0.2459770143032074
    n1_l5_affine_0 n1_l7_affine_eq_5 0.20576302707195282 n1_l7_affine_eq_6 -0.419872522354126
    n1_l5_affine_0 n1_l7_affine_eq_7 0.07204266637563705 n1_l7_affine_eq_8 0.2440689206123352
    n1_l5_affine_0 n1_l7_affine_eq_9 -0.17027120292186737 n1_l7_affine_eq_10 -0.21752211451530457
    n1_l5_affine_0 n1_l7_affine_eq_11 -0.10248661041259766 n1_l7_affine_eq_12 -0.30623796582221985
    n1_l5_affine_0 n1_l7_affine_eq_13 0.03034605085849762 n1_l7_affine_eq_14 0.1302480697631836
    n1_l5_affine_0 n1_l7_affine_eq_15 0.29666367173194885 n1_l7_affine_eq_16 -0.11768282949924469
    n1_l5_affine_0 n1_l7_affine_eq_17 -0.21888427436351776 n1_l7_affine_eq_18 -0.14449331164360046
    n1_l5_affine_0 n1_l7_affine_eq_19 0.2526904344558716 n1_l7_affine_eq_20 0.013667446561157703
    n1_l5_affine_0 n1_l7_affine_eq_21 0.16993939876556396 n1_l7_affine_eq_22 0.24852314591407776
    n1_l5_affine_0 n1_l7_affine_eq_23 0.33172208070755005 n1_l7_affine_eq_24 0.07046037912368774
    n1_l5_affine_0 n1_l7_affine_eq_25 -0.08255647122859955 n1_l7_affine_eq_26 -0.09161070734262466
    n1_l5_affine_0 n1_l7_affine_eq_27 0.07790523767471313 n1_l7_affine_eq_28 -0.060952235013246536
    n1_l5_affine_0 n1_l7_affine_eq_29 -0.5016005635261536 n1_l7_affine_eq_30 0.005431632045656443
    n1_l5_affine_0 n1_l7_affine_eq_31 -0.1716194599866867 n1_l7_affine_eq_32 0.01395236887037754
    n1_l5_affine_0 n1_l7_affine_eq_33 0.3515317440032959 n1_l7_affine_eq_34 -0.17005053162574768
    n1_l5_affine_0 n1_l7_affine_eq_35 0.023401176556944847 n1_l7_affine_eq_36 -0.34702998399734497
    n1_l5_affine_0 n1_l7_affine_eq_37 -0.21328119933605194 n1_l7_affine_eq_38 0.06981872022151947
    n1_l5_affine_0 n1_l7_affine_eq_39 0.03571997582912445
    n1_l5_affine_1 n1_l5_affine_eq_1 1
    n1_l5_affine_2 n1_l5_affine_eq_2 1
    n1_l5_affine_3 n1_l5_affine_eq_3 1
    n1_l5_affine_4 n1_l5_affine_eq_4 1
    n1_l5_affine_5 n1_l5_affine_eq_5 1
    n1_l5_affine_6 n1_l5_affine_eq_6 1
    n1_l5_affine_7 n1_l5_affine_eq_7 1 n1_l7_affine_eq_0 0.349529504776001
    n1_l5_affine_7 n1_l7_affine_eq_1 -0.17801104485988617 n1_l7_affine_eq_2 -0.01296974066644907
    n1_l5_affine_7 n1_l7_affine_eq_3 0.08602819591760635 n1_l7_affine_eq_4 -0.014490654692053795
    n1_l5_affine_7 n1_l7_affine_eq_5 -0.0014575725654140115 n1_l7_affine_eq_6 -0.17996960878372192
    n1_l5_affine_7 n1_l7_affine_eq_7 -0.08946292847394943 n1_l7_affine_eq_8 -0.03616412356495857
    n1_l5_affine_7 n1_l7_affine_eq_9 -0.3020331859588623 n1_l7_affine_eq_10 -0.09822580218315125
    n1_l5_affine_7 n1_l7_affine_eq_11 0.1102207750082016 n1_l7_affine_eq_12 -0.06418420374393463
    n1_l5_affine_7 n1_l7_affine_eq_13 -0.2953108847141266 n1_l7_affine_eq_14 0.2921437621116638
    n1_l5_affine_7 n1_l7_affine_eq_15 0.11563551425933838 n1_l7_affine_eq_16 -0.32705387473106384
    n1_l5_affine_7 n1_l7_affine_eq_17 0.0103761563077569 n1_l7_affine_eq_18 -0.3793717622756958
    n1_l5_affine_7 n1_l7_affine_eq_19 0.135772705078125 n1_l7_affine_eq_20 0.26234135031700134
    n1_l5_affine_7 n1_l7_affine_eq_21 -0.1656237691640854 n1_l7_affine_eq_22 -0.19507679343223572
    n1_l5_affine_7 n1_l7_affine_eq_23 -0.015181438066065311 n1_l7_affine_eq_24 0.25708886981010437
    n1_l5_affine_7 n1_l7_affine_eq_25 0.14396055042743683 n1_l7_affine_eq_26 0.058516792953014374
    n1_l5_affine_7 n1_l7_affine_eq_27 0.017362790182232857 n1_l7_affine_eq_28 -0.15716460347175598
    n1_l5_affine_7 n1_l7_affine_eq_29 -0.09634044021368027 n1_l7_affine_eq_30 0.10619338601827621
    n1_l5_affine_7 n1_l7_affine_eq_31 0.17463451623916626 n1_l7_affine_eq_32 0.03987235203385353
    n1_l5_affine_7 n1_l7_affine_eq_33 -0.08622191101312637 n1_l7_affine_eq_34 0.20259079337120056
    n1_l5_affine_7 n1_l7_affine_eq_35 -0.11985478550195694 n1_l7_affine_eq_36 0.0024255039170384407
    n1_l5_affine_7 n1_l7_affine_eq_37 0.22807860374450684 n1_l7_affine_eq_38 -0.31960394978523254
    n1_l5_affine_7 n1_l7_affine_eq_39 0.27128443121910095
    n1_l5_affine_8 n1_l5_affine_eq_8 1 n1_l6_relu_ge_8 -1
    n1_l5_affine_8 n1_l6_relu_off_8 -1
    n1_l5_affine_9 n1_l5_affine_eq_9 1 n1_l6_relu_ge_9 -1
    n1_l5_affine_9 n1_l6_relu_off_9 -1
    n1_l5_affine_10 n1_l5_affine_eq_10 1 n1_l7_affine_eq_0 0.057280950248241425
    n1_l5_affine_10 n1_l7_affine_eq_1 0.29720190167427063 n1_l7_affine_eq_2 0.04724382236599922
    n1_l5_affine_10 n1_l7_affine_eq_3 0.06292536854743958 n1_l7_affine_eq_4 -0.26713308691978455
    n1_l5_affine_10 n1_l7_affine_eq_5 -0.04819697514176369 n1_l7_affine_eq_6 -0.21925267577171326
    n1_l5_affine_10 n1_l7_affine_eq_7 0.17921161651611328 n1_l7_affine_eq_8 -0.3707370162010193
    n1_l5_affine_10 n1_l7_affine_eq_9 -0.10357430577278137 n1_l7_affine_eq_10 -0.08035926520824432
    n1_l5_affine_10 n1_l7_affine_eq_11 0.20788921415805817 n1_l7_affine_eq_12 0.18072177469730377
    n1_l5_affine_10 n1_l7_affine_eq_13 0.13800093531608582 n1_l7_affine_eq_14 0.01783297210931778
    n1_l5_affine_10 n1_l7_affine_eq_15 -0.35956424474716187 n1_l7_affine_eq_16 0.07863517105579376
    n1_l5_affine_10 n1_l7_affine_eq_17 0.17285779118537903 n1_l7_affine_eq_18 0.09566213190555573
    n1_l5_affine_10 n1_l7_affine_eq_19 -0.21404244005680084 n1_l7_affine_eq_20 -0.1040252149105072
    n1_l5_affine_10 n1_l7_affine_eq_21 0.24796025454998016 n1_l7_affine_eq_22 -0.03170616924762726
    n1_l5_affine_10 n1_l7_affine_eq_23 0.2612180709838867 n1_l7_affine_eq_24 0.32848793268203735
    n1_l5_affine_10 n1_l7_affine_eq_25 -0.043027546256780624 n1_l7_affine_eq_26 0.10736016929149628
    n1_l5_affine_10 n1_l7_affine_eq_27 -0.26940736174583435 n1_l7_affine_eq_28 -0.07213883101940155
    n1_l5_affine_10 n1_l7_affine_eq_29 -0.31888607144355774 n1_l7_affine_eq_30 0.05139298364520073
    n1_l5_affine_10 n1_l7_affine_eq_31 -0.08588938415050507 n1_l7_affine_eq_32 0.1934777945280075
    n1_l5_affine_10 n1_l7_affine_eq_33 -0.07711237668991089 n1_l7_affine_eq_34 0.1299581080675125
    n1_l5_affine_10 n1_l7_affine_eq_35 0.39662525057792664 n1_l7_affine_eq_36 -0.1804613471031189
    n1_l5_affine_10 n1_l7_affine_eq_37 -0.11376781761646271 n1_l7_affine_eq_38 -0.04124161973595619
    n1_l5_affine_10 n1_l7_affine_eq_39 0.28202369809150696
    n1_l5_affine_11 n1_l5_affine_eq_11 1
    n1_l5_affine_12 n1_l5_affine_eq_12 1
    n1_l5_affine_13 n1_l5_affine_eq_13 1
    n1_l5_affine_14 n1_l5_affine_eq_14 1 n1_l6_relu_ge_14 -1
    n1_l5_affine_14 n1_l6_relu_off_14 -1
    n1_l5_affine_15 n1_l5_affine_eq_15 1
    n1_l5_affine_16 n1_l5_affine_eq_16 1 n1_l7_affine_eq_0 -0.07040265947580338
    n1_l5_affine_16 n1_l7_affine_eq_1 -0.24110163748264313 n1_l7_affine_eq_2 -0.020032061263918877
    n1_l5_affine_16 n1_l7_affine_eq_3 -0.11252578347921371 n1_l7_affine_eq_4 -0.02564283460378647
    n1_l5_affine_16 n1_l7_affine_eq_5 -0.07736830413341522 n1_l7_affine_eq_6 0.2506956160068512
    n1_l5_affine_16 n1_l7_affine_eq_7 0.10070067644119263 n1_l7_affine_eq_8 0.23934082686901093
    n1_l5_affine_16 n1_l7_affine_eq_9 0.04719910770654678 n1_l7_affine_eq_10 0.27299612760543823
    n1_l5_affine_16 n1_l7_affine_eq_11 -0.04852400720119476 n1_l7_affine_eq_12 -0.024519452825188637
    n1_l5_affine_16 n1_l7_affine_eq_13 -0.11595158278942108 n1_l7_affine_eq_14 -0.2249220758676529
    n1_l5_affine_16 n1_l7_affine_eq_15 0.12484027445316315 n1_l7_affine_eq_16 -0.22836852073669434
    n1_l5_affine_16 n1_l7_affine_eq_17 -0.0380171500146389 n1_l7_affine_eq_18 -0.12660910189151764
    n1_l5_affine_16 n1_l7_affine_eq_19 -0.07816748321056366 n1_l7_affine_eq_20 -0.14040616154670715
    n1_l5_affine_16 n1_l7_affine_eq_21 -0.22924955189228058 n1_l7_affine_eq_22 -0.4327012002468109
    n1_l5_affine_16 n1_l7_affine_eq_23 0.0820736438035965 n1_l7_affine_eq_24 -0.00811308715492487
    n1_l5_affine_16 n1_l7_affine_eq_25 0.2999636232852936 n1_l7_affine_eq_26 0.1868506819009781
    n1_l5_affine_16 n1_l7_affine_eq_27 -0.27487611770629883 n1_l7_affine_eq_28 -0.10062278062105179
    n1_l5_affine_16 n1_l7_affine_eq_29 -0.1856236755847931 n1_l7_affine_eq_30 -0.18248410522937775
    n1_l5_affine_16 n1_l7_affine_eq_31 0.23226509988307953 n1_l7_affine_eq_32 -0.21932265162467957
    n1_l5_affine_16 n1_l7_affine_eq_33 -0.2830643951892853 n1_l7_affine_eq_34 0.20611335337162018
    n1_l5_affine_16 n1_l7_affine_eq_35 -0.35138338804244995 n1_l7_affine_eq_36 -0.005498933140188456
    n1_l5_affine_16 n1_l7_affine_eq_37 0.05494808778166771 n1_l7_affine_eq_38 -0.3714209496974945
    n1_l5_affine_16 n1_l7_affine_eq_39 -0.18387536704540253
    n1_l5_affine_17 n1_l5_affine_eq_17 1
    n1_l5_affine_18 n1_l5_affine_eq_18 1 n1_l7_affine_eq_0 0.2995082437992096
    n1_l5_affine_18 n1_l7_affine_eq_1 0.1690916121006012 n1_l7_affine_eq_2 0.2790548503398895
    n1_l5_affine_18 n1_l7_affine_eq_3 0.00936590600758791 n1_l7_affine_eq_4 -0.2105180323123932
    n1_l5_affine_18 n1_l7_affine_eq_5 0.2514748275279999 n1_l7_affine_eq_6 -0.21124646067619324
    n1_l5_affine_18 n1_l7_affine_eq_7 0.1959570199251175 n1_l7_affine_eq_8 0.025643596425652504
    n1_l5_affine_18 n1_l7_affine_eq_9 -0.35263878107070923 n1_l7_affine_eq_10 -0.15222686529159546
    n1_l5_affine_18 n1_l7_affine_eq_11 -0.004456774331629276 n1_l7_affine_eq_12 -0.05535013973712921
    n1_l5_affine_18 n1_l7_affine_eq_13 -0.35080426931381226 n1_l7_affine_eq_14 0.009466310031712055
    n1_l5_affine_18 n1_l7_affine_eq_15 -0.19049252569675446 n1_l7_affine_eq_16 -0.3068408668041229
    n1_l5_affine_18 n1_l7_affine_eq_17 0.059679657220840454 n1_l7_affine_eq_18 -0.10410401970148087
    n1_l5_affine_18 n1_l7_affine_eq_19 -0.19463393092155457 n1_l7_affine_eq_20 -0.012317842803895473
    n1_l5_affine_18 n1_l7_affine_eq_21 0.2531125545501709 n1_l7_affine_eq_22 -0.03369879350066185
    n1_l5_affine_18 n1_l7_affine_eq_23 0.11186259984970093 n1_l7_affine_eq_24 -0.03744149208068848
    n1_l5_affine_18 n1_l7_affine_eq_25 0.022431321442127228 n1_l7_affine_eq_26 -0.11504615843296051
    n1_l5_affine_18 n1_l7_affine_eq_27 0.16736866533756256 n1_l7_affine_eq_28 -0.1319485753774643
    n1_l5_affine_18 n1_l7_affine_eq_29 -0.03374449908733368 n1_l7_affine_eq_30 0.2477235347032547
    n1_l5_affine_18 n1_l7_affine_eq_31 0.048256076872348785 n1_l7_affine_eq_32 0.16357706487178802
    n1_l5_affine_18 n1_l7_affine_eq_33 -0.19761383533477783 n1_l7_affine_eq_34 -0.16933271288871765
    n1_l5_affine_18 n1_l7_affine_eq_35 -0.12723182141780853 n1_l7_affine_eq_36 -0.1869700700044632
    n1_l5_affine_18 n1_l7_affine_eq_37 -0.1510477364063263 n1_l7_affine_eq_38 -0.23926344513893127
    n1_l5_affine_18 n1_l7_affine_eq_39 0.03344230353832245
    n1_l5_affine_19 n1_l5_affine_eq_19 1
    n1_l5_affine_20 n1_l5_affine_eq_20 1
    n1_l5_affine_21 n1_l5_affine_eq_21 1
    n1_l5_affine_22 n1_l5_affine_eq_22 1 n1_l7_affine_eq_0 -0.25312238931655884
    n1_l5_affine_22 n1_l7_affine_eq_1 0.31081849336624146 n1_l7_affine_eq_2 0.11970220506191254
    n1_l5_affine_22 n1_l7_affine_eq_3 0.13642951846122742 n1_l7_affine_eq_4 -0.42587944865226746
    n1_l5_affine_22 n1_l7_affine_eq_5 -0.07298135757446289 n1_l7_affine_eq_6 0.11725803464651108
    n1_l5_affine_22 n1_l7_affine_eq_7 0.05944550037384033 n1_l7_affine_eq_8 0.06109241768717766
    n1_l5_affine_22 n1_l7_affine_eq_9 0.10726898908615112 n1_l7_affine_eq_10 -0.35037851333618164
    n1_l5_affine_22 n1_l7_affine_eq_11 0.004115620627999306 n1_l7_affine_eq_12 0.180642232298851
    n1_l5_affine_22 n1_l7_affine_eq_13 -0.01017359085381031 n1_l7_affine_eq_14 0.0641859844326973
    n1_l5_affine_22 n1_l7_affine_eq_15 -0.46342092752456665 n1_l7_affine_eq_16 -0.17483946681022644
    n1_l5_affine_22 n1_l7_affine_eq_17 -0.36443477869033813 n1_l7_affine_eq_18 0.05612054467201233
    n1_l5_affine_22 n1_l7_affine_eq_19 -0.023898839950561523 n1_l7_affine_eq_20 0.15106512606143951
    n1_l5_affine_22 n1_l7_affine_eq_21 0.07497472316026688 n1_l7_affine_eq_22 -0.16168056428432465
    n1_l5_affine_22 n1_l7_affine_eq_23 -0.03419651836156845 n1_l7_affine_eq_24 -0.016644353047013283
    n1_l5_affine_22 n1_l7_affine_eq_25 0.2639619708061218 n1_l7_affine_eq_26 -0.36760222911834717
    n1_l5_affine_22 n1_l7_affine_eq_27 0.2561804950237274 n1_l7_affine_eq_28 0.2558542490005493
    n1_l5_affine_22 n1_l7_affine_eq_29 0.07009126991033554 n1_l7_affine_eq_30 -0.15366728603839874
    n1_l5_affine_22 n1_l7_affine_eq_31 0.14103151857852936 n1_l7_affine_eq_32 0.1946532130241394
    n1_l5_affine_22 n1_l7_affine_eq_33 0.195624440908432 n1_l7_affine_eq_34 -0.0348690040409565
    n1_l5_affine_22 n1_l7_affine_eq_35 -0.14804793894290924 n1_l7_affine_eq_36 -0.029230263084173203
    n1_l5_affine_22 n1_l7_affine_eq_37 -0.030030542984604836 n1_l7_affine_eq_38 -0.06982264667749405
    n1_l5_affine_22 n1_l7_affine_eq_39 -0.006687193643301725
    n1_l5_affine_23 n1_l5_affine_eq_23 1 n1_l7_affine_eq_0 0.12110378593206406
    n1_l5_affine_23 n1_l7_affine_eq_1 -0.09387969225645065 n1_l7_affine_eq_2 -0.292849600315094
    n1_l5_affine_23 n1_l7_affine_eq_3 0.11019136011600494 n1_l7_affine_eq_4 -0.6014773845672607
    n1_l5_affine_23 n1_l7_affine_eq_5 -0.16863802075386047 n1_l7_affine_eq_6 -0.4077939987182617
    n1_l5_affine_23 n1_l7_affine_eq_7 0.2146078199148178 n1_l7_affine_eq_8 0.5020374655723572
    n1_l5_affine_23 n1_l7_affine_eq_9 0.2160576581954956 n1_l7_affine_eq_10 0.13713209331035614
    n1_l5_affine_23 n1_l7_affine_eq_11 0.24407194554805756 n1_l7_affine_eq_12 0.5798180103302002
    n1_l5_affine_23 n1_l7_affine_eq_13 0.3301181495189667 n1_l7_affine_eq_14 -0.1021718829870224
    n1_l5_affine_23 n1_l7_affine_eq_15 0.3814397156238556 n1_l7_affine_eq_16 0.4531877338886261
    n1_l5_affine_23 n1_l7_affine_eq_17 -0.592531681060791 n1_l7_affine_eq_18 -0.12612111866474152
    n1_l5_affine_23 n1_l7_affine_eq_19 -0.03398562967777252 n1_l7_affine_eq_20 0.3476364016532898
    n1_l5_affine_23 n1_l7_affine_eq_21 0.014950260519981384 n1_l7_affine_eq_22 0.4549839198589325
    n1_l5_affine_23 n1_l7_affine_eq_23 0.06366109102964401 n1_l7_affine_eq_24 0.21322759985923767
    n1_l5_affine_23 n1_l7_affine_eq_25 0.07453992962837219 n1_l7_affine_eq_26 -0.5764777064323425
    n1_l5_affine_23 n1_l7_affine_eq_27 -0.12356550991535187 n1_l7_affine_eq_28 0.48572489619255066
    n1_l5_affine_23 n1_l7_affine_eq_29 0.42482253909111023 n1_l7_affine_eq_30 -0.7563948631286621
    n1_l5_affine_23 n1_l7_affine_eq_31 0.22490373253822327 n1_l7_affine_eq_32 -0.013004293665289879
    n1_l5_affine_23 n1_l7_affine_eq_33 0.11164133995771408 n1_l7_affine_eq_34 0.0021738377399742603
    n1_l5_affine_23 n1_l7_affine_eq_35 -0.21174106001853943 n1_l7_affine_eq_36 -0.35199007391929626
    n1_l5_affine_23 n1_l7_affine_eq_37 0.2749362885951996 n1_l7_affine_eq_38 -0.533339262008667
    n1_l5_affine_23 n1_l7_affine_eq_39 0.05431559309363365
    n1_l5_affine_24 n1_l5_affine_eq_24 1 n1_l7_affine_eq_0 0.03089207597076893
    n1_l5_affine_24 n1_l7_affine_eq_1 0.01883244328200817 n1_l7_affine_eq_2 0.22976142168045044
    n1_l5_affine_24 n1_l7_affine_eq_3 0.094637930393219 n1_l7_affine_eq_4 0.028131753206253052
    n1_l5_affine_24 n1_l7_affine_eq_5 -0.17548909783363342 n1_l7_affine_eq_6 -0.07581666111946106
    n1_l5_affine_24 n1_l7_affine_eq_7 0.3420608639717102 n1_l7_affine_eq_8 -0.365547239780426
    n1_l5_affine_24 n1_l7_affine_eq_9 -0.2587518095970154 n1_l7_affine_eq_10 -0.2695188820362091
    n1_l5_affine_24 n1_l7_affine_eq_11 0.007072902284562588 n1_l7_affine_eq_12 -0.11278869211673737
    n1_l5_affine_24 n1_l7_affine_eq_13 -0.11942732334136963 n1_l7_affine_eq_14 0.2292066365480423
    n1_l5_affine_24 n1_l7_affine_eq_15 0.03562145680189133 n1_l7_affine_eq_16 -0.08484545350074768
    n1_l5_affine_24 n1_l7_affine_eq_17 -0.10992730408906937 n1_l7_affine_eq_18 -0.10665000230073929
    n1_l5_affine_24 n1_l7_affine_eq_19 -0.016900641843676567 n1_l7_affine_eq_20 0.1137077659368515
    n1_l5_affine_24 n1_l7_affine_eq_21 -0.08385114371776581 n1_l7_affine_eq_22 0.10003456473350525
    n1_l5_affine_24 n1_l7_affine_eq_23 0.021281560882925987 n1_l7_affine_eq_24 0.07174167782068253
    n1_l5_affine_24 n1_l7_affine_eq_25 0.37251919507980347 n1_l7_affine_eq_26 -0.1697297990322113
    n1_l5_affine_24 n1_l7_affine_eq_27 0.02742789126932621 n1_l7_affine_eq_28 -0.059430018067359924
    n1_l5_affine_24 n1_l7_affine_eq_29 -0.10667537152767181 n1_l7_affine_eq_30 -0.24094928801059723
    n1_l5_affine_24 n1_l7_affine_eq_31 0.05515868216753006 n1_l7_affine_eq_32 -0.13678990304470062
    n1_l5_affine_24 n1_l7_affine_eq_33 0.34546029567718506 n1_l7_affine_eq_34 0.284168541431427
    n1_l5_affine_24 n1_l7_affine_eq_35 -0.1260484904050827 n1_l7_affine_eq_36 0.16686026751995087
    n1_l5_affine_24 n1_l7_affine_eq_37 -0.25679445266723633 n1_l7_affine_eq_38 -0.3606107831001282
    n1_l5_affine_24 n1_l7_affine_eq_39 -0.12155689299106598
    n1_l5_affine_25 n1_l5_affine_eq_25 1
    n1_l5_affine_26 n1_l5_affine_eq_26 1
    n1_l5_affine_27 n1_l5_affine_eq_27 1 n1_l7_affine_eq_0 0.18412883579730988
    n1_l5_affine_27 n1_l7_affine_eq_1 0.3122708797454834 n1_l7_affine_eq_2 -0.3642561733722687
    n1_l5_affine_27 n1_l7_affine_eq_3 0.1089731901884079 n1_l7_affine_eq_4 -0.16050726175308228
    n1_l5_affine_27 n1_l7_affine_eq_5 0.18418091535568237 n1_l7_affine_eq_6 -0.2248384952545166
    n1_l5_affine_27 n1_l7_affine_eq_7 0.3826141357421875 n1_l7_affine_eq_8 -0.1697334498167038
    n1_l5_affine_27 n1_l7_affine_eq_9 0.09724008291959763 n1_l7_affine_eq_10 -0.21889333426952362
    n1_l5_affine_27 n1_l7_affine_eq_11 -0.27600958943367004 n1_l7_affine_eq_12 -0.169228196144104
    n1_l5_affine_27 n1_l7_affine_eq_13 -0.13798625767230988 n1_l7_affine_eq_14 -0.12011057883501053
    n1_l5_affine_27 n1_l7_affine_eq_15 -0.2766416072845459 n1_l7_affine_eq_16 -0.009567130357027054
    n1_l5_affine_27 n1_l7_affine_eq_17 0.016982370987534523 n1_l7_affine_eq_18 -0.251299649477005
    n1_l5_affine_27 n1_l7_affine_eq_19 0.15829601883888245 n1_l7_affine_eq_20 -0.19576245546340942
    n1_l5_affine_27 n1_l7_affine_eq_21 0.14693386852741241 n1_l7_affine_eq_22 -0.29421868920326233
    n1_l5_affine_27 n1_l7_affine_eq_23 -0.0344494953751564 n1_l7_affine_eq_24 0.19885754585266113
    n1_l5_affine_27 n1_l7_affine_eq_25 0.1888618916273117 n1_l7_affine_eq_26 0.027361026033759117
    n1_l5_affine_27 n1_l7_affine_eq_27 0.2073141485452652 n1_l7_affine_eq_28 -0.05534494295716286
    n1_l5_affine_27 n1_l7_affine_eq_29 0.04203592985868454 n1_l7_affine_eq_30 -0.3436316251754761
    n1_l5_affine_27 n1_l7_affine_eq_31 0.2246016561985016 n1_l7_affine_eq_32 -0.1656167060136795
    n1_l5_affine_27 n1_l7_affine_eq_33 0.10561271756887436 n1_l7_affine_eq_34 0.2228635996580124
    n1_l5_affine_27 n1_l7_affine_eq_35 0.29993516206741333 n1_l7_affine_eq_36 0.1118745505809784
    n1_l5_affine_27 n1_l7_affine_eq_37 -0.22072334587574005 n1_l7_affine_eq_38 -0.2354321926832199
    n1_l5_affine_27 n1_l7_affine_eq_39 0.13903456926345825
    n1_l5_affine_28 n1_l5_affine_eq_28 1 n1_l7_affine_eq_0 0.34075719118118286
    n1_l5_affine_28 n1_l7_affine_eq_1 -0.003206550842151046 n1_l7_affine_eq_2 0.05265330523252487
    n1_l5_affine_28 n1_l7_affine_eq_3 0.07697644084692001 n1_l7_affine_eq_4 -0.0033525542821735144
    n1_l5_affine_28 n1_l7_affine_eq_5 0.22201032936573029 n1_l7_affine_eq_6 -0.1901140958070755
    n1_l5_affine_28 n1_l7_affine_eq_7 -0.186943918466568 n1_l7_affine_eq_8 -0.3003440797328949
    n1_l5_affine_28 n1_l7_affine_eq_9 0.09237075597047806 n1_l7_affine_eq_10 0.4306056499481201
    n1_l5_affine_28 n1_l7_affine_eq_11 -0.16405415534973145 n1_l7_affine_eq_12 -0.14079894125461578
    n1_l5_affine_28 n1_l7_affine_eq_13 -0.1101699098944664 n1_l7_affine_eq_14 0.23784509301185608
    n1_l5_affine_28 n1_l7_affine_eq_15 0.6059103012084961 n1_l7_affine_eq_16 0.05985606834292412
    n1_l5_affine_28 n1_l7_affine_eq_17 0.1620347648859024 n1_l7_affine_eq_18 -0.5572035908699036
    n1_l5_affine_28 n1_l7_affine_eq_19 0.12689106166362762 n1_l7_affine_eq_20 0.17145298421382904
    n1_l5_affine_28 n1_l7_affine_eq_21 0.15575547516345978 n1_l7_affine_eq_22 -0.044603656977415085
    n1_l5_affine_28 n1_l7_affine_eq_23 -0.2650179862976074 n1_l7_affine_eq_24 0.08211296051740646
    n1_l5_affine_28 n1_l7_affine_eq_25 0.26849010586738586 n1_l7_affine_eq_26 0.12684769928455353
    n1_l5_affine_28 n1_l7_affine_eq_27 0.22081097960472107 n1_l7_affine_eq_28 -0.3734778165817261
    n1_l5_affine_28 n1_l7_affine_eq_29 -0.04272245243191719 n1_l7_affine_eq_30 -0.5561196208000183
    n1_l5_affine_28 n1_l7_affine_eq_31 0.28086698055267334 n1_l7_affine_eq_32 0.08595328778028488
    n1_l5_affine_28 n1_l7_affine_eq_33 0.04779544845223427 n1_l7_affine_eq_34 -0.11376506835222244
    n1_l5_affine_28 n1_l7_affine_eq_35 0.3875679075717926 n1_l7_affine_eq_36 0.38654083013534546
    n1_l5_affine_28 n1_l7_affine_eq_37 0.07343259453773499 n1_l7_affine_eq_38 -0.15184597671031952
    n1_l5_affine_28 n1_l7_affine_eq_39 0.07178640365600586
    n1_l5_affine_29 n1_l5_affine_eq_29 1
    n1_l5_affine_30 n1_l5_affine_eq_30 1 n1_l7_affine_eq_0 -0.019267812371253967
    n1_l5_affine_30 n1_l7_affine_eq_1 0.32950785756111145 n1_l7_affine_eq_2 -0.22264467179775238
    n1_l5_affine_30 n1_l7_affine_eq_3 0.18844516575336456 n1_l7_affine_eq_4 0.12384349852800369
    n1_l5_affine_30 n1_l7_affine_eq_5 0.23932580649852753 n1_l7_affine_eq_6 -0.12352069467306137
    n1_l5_affine_30 n1_l7_affine_eq_7 0.4022720754146576 n1_l7_affine_eq_8 0.09529905021190643
    n1_l5_affine_30 n1_l7_affine_eq_9 -0.06267517060041428 n1_l7_affine_eq_10 -0.3144342005252838
    n1_l5_affine_30 n1_l7_affine_eq_11 -0.3729470372200012 n1_l7_affine_eq_12 -0.188942551612854
    n1_l5_affine_30 n1_l7_affine_eq_13 -0.1273064762353897 n1_l7_affine_eq_14 -0.02817314863204956
    n1_l5_affine_30 n1_l7_affine_eq_15 -0.41345980763435364 n1_l7_affine_eq_16 -0.09674861282110214
    n1_l5_affine_30 n1_l7_affine_eq_17 -0.06614994257688522 n1_l7_affine_eq_18 0.14858169853687286
    n1_l5_affine_30 n1_l7_affine_eq_19 -0.08109842240810394 n1_l7_affine_eq_20 -0.3576604425907135
    n1_l5_affine_30 n1_l7_affine_eq_21 -0.014573225751519203 n1_l7_affine_eq_22 0.12974223494529724
    n1_l5_affine_30 n1_l7_affine_eq_23 -0.09297934919595718 n1_l7_affine_eq_24 -0.012600366957485676
    n1_l5_affine_30 n1_l7_affine_eq_25 0.12320222705602646 n1_l7_affine_eq_26 -0.13244636356830597
    n1_l5_affine_30 n1_l7_affine_eq_27 0.19842283427715302 n1_l7_affine_eq_28 -0.1950468271970749
    n1_l5_affine_30 n1_l7_affine_eq_29 0.30321207642555237 n1_l7_affine_eq_30 -0.009730593301355839
    n1_l5_affine_30 n1_l7_affine_eq_31 0.2751976251602173 n1_l7_affine_eq_32 0.21495050191879272
    n1_l5_affine_30 n1_l7_affine_eq_33 -0.21320326626300812 n1_l7_affine_eq_34 0.2822219133377075
    n1_l5_affine_30 n1_l7_affine_eq_35 0.1748732179403305 n1_l7_affine_eq_36 -0.004181392025202513
    n1_l5_affine_30 n1_l7_affine_eq_37 -0.21815836429595947 n1_l7_affine_eq_38 -0.22708752751350403
    n1_l5_affine_30 n1_l7_affine_eq_39 -0.17574778199195862
    n1_l5_affine_31 n1_l5_affine_eq_31 1
    n1_l5_affine_32 n1_l5_affine_eq_32 1
    n1_l5_affine_33 n1_l5_affine_eq_33 1
    n1_l5_affine_34 n1_l5_affine_eq_34 1
    n1_l5_affine_35 n1_l5_affine_eq_35 1 n1_l6_relu_ge_35 -1
    n1_l5_affine_35 n1_l6_relu_off_35 -1
    n1_l5_affine_36 n1_l5_affine_eq_36 1
    n1_l5_affine_37 n1_l5_affine_eq_37 1 n1_l7_affine_eq_0 0.19190147519111633
    n1_l5_affine_37 n1_l7_affine_eq_1 -0.19820094108581543 n1_l7_affine_eq_2 -0.21270905435085297
    n1_l5_affine_37 n1_l7_affine_eq_3 -0.4748806357383728 n1_l7_affine_eq_4 -0.4506574273109436
    n1_l5_affine_37 n1_l7_affine_eq_5 0.07389780879020691 n1_l7_affine_eq_6 -0.14878050982952118
    n1_l5_affine_37 n1_l7_affine_eq_7 0.2463056594133377 n1_l7_affine_eq_8 0.42279770970344543
    n1_l5_affine_37 n1_l7_affine_eq_9 -0.22090159356594086 n1_l7_affine_eq_10 0.2165932059288025
    n1_l5_affine_37 n1_l7_affine_eq_11 -0.21077902615070343 n1_l7_affine_eq_12 0.5322697758674622
    n1_l5_affine_37 n1_l7_affine_eq_13 0.5753973126411438 n1_l7_affine_eq_14 0.24704742431640625
    n1_l5_affine_37 n1_l7_affine_eq_15 0.6860483884811401 n1_l7_affine_eq_16 -0.5350465178489685
    n1_l5_affine_37 n1_l7_affine_eq_17 -0.1038430705666542 n1_l7_affine_eq_18 -0.21428781747817993
    n1_l5_affine_37 n1_l7_affine_eq_19 -0.03199750557541847 n1_l7_affine_eq_20 0.02046770043671131
    n1_l5_affine_37 n1_l7_affine_eq_21 -0.023105423897504807 n1_l7_affine_eq_22 0.3670376241207123
    n1_l5_affine_37 n1_l7_affine_eq_23 0.2835235595703125 n1_l7_affine_eq_24 0.05482039228081703
    n1_l5_affine_37 n1_l7_affine_eq_25 -0.23761363327503204 n1_l7_affine_eq_26 -0.18168896436691284
    n1_l5_affine_37 n1_l7_affine_eq_27 -0.396365225315094 n1_l7_affine_eq_28 0.30713868141174316
    n1_l5_affine_37 n1_l7_affine_eq_29 -0.4163963496685028 n1_l7_affine_eq_30 -0.2294241189956665
    n1_l5_affine_37 n1_l7_affine_eq_31 -0.07135813683271408 n1_l7_affine_eq_32 -0.3838769197463989
    n1_l5_affine_37 n1_l7_affine_eq_33 0.20946772396564484 n1_l7_affine_eq_34 -0.11285443603992462
    n1_l5_affine_37 n1_l7_affine_eq_35 -0.1160576269030571 n1_l7_affine_eq_36 -0.48349252343177795
    n1_l5_affine_37 n1_l7_affine_eq_37 0.47084295749664307 n1_l7_affine_eq_38 -0.16956496238708496
    n1_l5_affine_37 n1_l7_affine_eq_39 0.15037469565868378
    n1_l5_affine_38 n1_l5_affine_eq_38 1 n1_l7_affine_eq_0 0.32295024394989014
    n1_l5_affine_38 n1_l7_affine_eq_1 -0.06450187414884567 n1_l7_affine_eq_2 0.379181444644928
    n1_l5_affine_38 n1_l7_affine_eq_3 -0.0011740875197574496 n1_l7_affine_eq_4 0.006643758155405521
    n1_l5_affine_38 n1_l7_affine_eq_5 -0.089169442653656 n1_l7_affine_eq_6 0.38169801235198975
    n1_l5_affine_38 n1_l7_affine_eq_7 -0.14462333917617798 n1_l7_affine_eq_8 0.15988755226135254
    n1_l5_affine_38 n1_l7_affine_eq_9 -0.37367677688598633 n1_l7_affine_eq_10 0.03309817239642143
    n1_l5_affine_38 n1_l7_affine_eq_11 0.11497015506029129 n1_l7_affine_eq_12 -0.41578438878059387
    n1_l5_affine_38 n1_l7_affine_eq_13 -0.20996731519699097 n1_l7_affine_eq_14 -0.06410475820302963
    n1_l5_affine_38 n1_l7_affine_eq_15 -0.24264784157276154 n1_l7_affine_eq_16 -0.2469225376844406
    n1_l5_affine_38 n1_l7_affine_eq_17 0.2888331711292267 n1_l7_affine_eq_18 -0.5147272348403931
    n1_l5_affine_38 n1_l7_affine_eq_19 -0.1154906377196312 n1_l7_affine_eq_20 -0.2592538595199585
    n1_l5_affine_38 n1_l7_affine_eq_21 0.21237492561340332 n1_l7_affine_eq_22 -0.23302499949932098
    n1_l5_affine_38 n1_l7_affine_eq_23 0.038306690752506256 n1_l7_affine_eq_24 0.13648319244384766
    n1_l5_affine_38 n1_l7_affine_eq_25 -0.024870647117495537 n1_l7_affine_eq_26 0.3658633530139923
    n1_l5_affine_38 n1_l7_affine_eq_27 0.11292945593595505 n1_l7_affine_eq_28 -0.08354655653238297
    n1_l5_affine_38 n1_l7_affine_eq_29 -0.24209119379520416 n1_l7_affine_eq_30 0.17494980990886688
    n1_l5_affine_38 n1_l7_affine_eq_31 -0.17007777094841003 n1_l7_affine_eq_32 -0.34013357758522034
    n1_l5_affine_38 n1_l7_affine_eq_33 -0.2337680608034134 n1_l7_affine_eq_34 0.06424439698457718
    n1_l5_affine_38 n1_l7_affine_eq_35 -0.3898172080516815 n1_l7_affine_eq_36 -0.021933969110250473
    n1_l5_affine_38 n1_l7_affine_eq_37 0.2891763746738434 n1_l7_affine_eq_38 -0.2688800096511841
    n1_l5_affine_38 n1_l7_affine_eq_39 -0.0875524953007698
    n1_l5_affine_39 n1_l5_affine_eq_39 1 n1_l7_affine_eq_0 -0.28083300590515137
    n1_l5_affine_39 n1_l7_affine_eq_1 0.13493768870830536 n1_l7_affine_eq_2 -0.2024022936820984
    n1_l5_affine_39 n1_l7_affine_eq_3 -0.13330507278442383 n1_l7_affine_eq_4 0.10582374781370163
    n1_l5_affine_39 n1_l7_affine_eq_5 -0.027244985103607178 n1_l7_affine_eq_6 -0.14716799557209015
    n1_l5_affine_39 n1_l7_affine_eq_7 0.4530724883079529 n1_l7_affine_eq_8 -0.3251362442970276
    n1_l5_affine_39 n1_l7_affine_eq_9 -0.021091477945446968 n1_l7_affine_eq_10 -0.41514596343040466
    n1_l5_affine_39 n1_l7_affine_eq_11 -0.2919178903102875 n1_l7_affine_eq_12 -0.052067697048187256
    n1_l5_affine_39 n1_l7_affine_eq_13 0.3384394943714142 n1_l7_affine_eq_14 -0.09557561576366425
    n1_l5_affine_39 n1_l7_affine_eq_15 0.16602720320224762 n1_l7_affine_eq_16 -0.1437426656484604
    n1_l5_affine_39 n1_l7_affine_eq_17 -0.1756562441587448 n1_l7_affine_eq_18 0.012980674393475056
    n1_l5_affine_39 n1_l7_affine_eq_19 0.25078925490379333 n1_l7_affine_eq_20 -0.0777488574385643
    n1_l5_affine_39 n1_l7_affine_eq_21 0.1609942615032196 n1_l7_affine_eq_22 -0.3850746154785156
    n1_l5_affine_39 n1_l7_affine_eq_23 -0.31879618763923645 n1_l7_affine_eq_24 -0.10880854725837708
    n1_l5_affine_39 n1_l7_affine_eq_25 0.3147514760494232 n1_l7_affine_eq_26 -0.21162128448486328
    n1_l5_affine_39 n1_l7_affine_eq_27 0.004937112331390381 n1_l7_affine_eq_28 0.023503394797444344
    n1_l5_affine_39 n1_l7_affine_eq_29 -0.21530695259571075 n1_l7_affine_eq_30 -0.1709149032831192
    n1_l5_affine_39 n1_l7_affine_eq_31 -0.1886395961046219 n1_l7_affine_eq_32 -0.12958036363124847
    n1_l5_affine_39 n1_l7_affine_eq_33 0.0532802939414978 n1_l7_affine_eq_34 0.11514275521039963
    n1_l5_affine_39 n1_l7_affine_eq_35 0.12075456231832504 n1_l7_affine_eq_36 0.24436379969120026
    n1_l5_affine_39 n1_l7_affine_eq_37 0.03169262409210205 n1_l7_affine_eq_38 -0.264781653881073
    n1_l5_affine_39 n1_l7_affine_eq_39 0.2605075240135193
    n1_l5_affine_40 n1_l5_affine_eq_40 1
    n1_l5_affine_41 n1_l5_affine_eq_41 1 n1_l6_relu_ge_41 -1
    n1_l5_affine_41 n1_l6_relu_off_41 -1
    n1_l5_affine_42 n1_l5_affine_eq_42 1
    n1_l5_affine_43 n1_l5_affine_eq_43 1
    n1_l5_affine_44 n1_l5_affine_eq_44 1
    n1_l5_affine_45 n1_l5_affine_eq_45 1
    n1_l5_affine_46 n1_l5_affine_eq_46 1
    n1_l5_affine_47 n1_l5_affine_eq_47 1 n1_l7_affine_eq_0 -0.23758277297019958
    n1_l5_affine_47 n1_l7_affine_eq_1 0.37337014079093933 n1_l7_affine_eq_2 0.08064209669828415
    n1_l5_affine_47 n1_l7_affine_eq_3 0.15843164920806885 n1_l7_affine_eq_4 0.19194747507572174
    n1_l5_affine_47 n1_l7_affine_eq_5 0.2932586073875427 n1_l7_affine_eq_6 -0.378708153963089
    n1_l5_affine_47 n1_l7_affine_eq_7 -0.043429113924503326 n1_l7_affine_eq_8 -0.17694438993930817
    n1_l5_affine_47 n1_l7_affine_eq_9 0.1685144007205963 n1_l7_affine_eq_10 -0.11183569580316544
    n1_l5_affine_47 n1_l7_affine_eq_11 -0.3441116213798523 n1_l7_affine_eq_12 -0.1652715504169464
    n1_l5_affine_47 n1_l7_affine_eq_13 -0.14963841438293457 n1_l7_affine_eq_14 0.16961592435836792
    n1_l5_affine_47 n1_l7_affine_eq_15 0.003635963425040245 n1_l7_affine_eq_16 0.32024839520454407
    n1_l5_affine_47 n1_l7_affine_eq_17 -0.15584971010684967 n1_l7_affine_eq_18 -0.06868253648281097
    n1_l5_affine_47 n1_l7_affine_eq_19 0.3299947679042816 n1_l7_affine_eq_20 0.08598165214061737
    n1_l5_affine_47 n1_l7_affine_eq_21 0.2335333526134491 n1_l7_affine_eq_22 0.0066979131661355495
    n1_l5_affine_47 n1_l7_affine_eq_23 0.02886577509343624 n1_l7_affine_eq_24 0.18705648183822632
    n1_l5_affine_47 n1_l7_affine_eq_25 0.1510409563779831 n1_l7_affine_eq_26 -0.009314273484051228
    n1_l5_affine_47 n1_l7_affine_eq_27 -0.14415769279003143 n1_l7_affine_eq_28 -0.12424669414758682
    n1_l5_affine_47 n1_l7_affine_eq_29 -0.11090590804815292 n1_l7_affine_eq_30 0.14615635573863983
    n1_l5_affine_47 n1_l7_affine_eq_31 -0.07497991621494293 n1_l7_affine_eq_32 0.08527938276529312
    n1_l5_affine_47 n1_l7_affine_eq_33 0.2596590220928192 n1_l7_affine_eq_34 -0.31419047713279724
    n1_l5_affine_47 n1_l7_affine_eq_35 -0.028438972309231758 n1_l7_affine_eq_36 0.2417621910572052
    n1_l5_affine_47 n1_l7_affine_eq_37 -0.27961641550064087 n1_l7_affine_eq_38 0.019971435889601707
    n1_l5_affine_47 n1_l7_affine_eq_39 -0.14869359135627747
    n1_l5_affine_48 n1_l5_affine_eq_48 1 n1_l7_affine_eq_0 0.00598493916913867
    n1_l5_affine_48 n1_l7_affine_eq_1 -0.030148040503263474 n1_l7_affine_eq_2 0.36420702934265137
    n1_l5_affine_48 n1_l7_affine_eq_3 0.04815215244889259 n1_l7_affine_eq_4 -0.10383209586143494
    n1_l5_affine_48 n1_l7_affine_eq_5 -0.020409388467669487 n1_l7_affine_eq_6 -0.056576311588287354
    n1_l5_affine_48 n1_l7_affine_eq_7 -0.0003161392523907125 n1_l7_affine_eq_8 0.14885269105434418
    n1_l5_affine_48 n1_l7_affine_eq_9 0.008802064694464207 n1_l7_affine_eq_10 -0.10281611233949661
    n1_l5_affine_48 n1_l7_affine_eq_11 -0.3992694318294525 n1_l7_affine_eq_12 -0.23836824297904968
    n1_l5_affine_48 n1_l7_affine_eq_13 -0.09804745018482208 n1_l7_affine_eq_14 -0.060218434780836105
    n1_l5_affine_48 n1_l7_affine_eq_15 -0.024882186204195023 n1_l7_affine_eq_16 -0.052799422293901443
    n1_l5_affine_48 n1_l7_affine_eq_17 -0.1034223884344101 n1_l7_affine_eq_18 -0.26936593651771545
    n1_l5_affine_48 n1_l7_affine_eq_19 0.39655545353889465 n1_l7_affine_eq_20 -0.1504896730184555
    n1_l5_affine_48 n1_l7_affine_eq_21 0.26821938157081604 n1_l7_affine_eq_22 0.03703789412975311
    n1_l5_affine_48 n1_l7_affine_eq_23 0.05942521616816521 n1_l7_affine_eq_24 0.04944225028157234
    n1_l5_affine_48 n1_l7_affine_eq_25 -0.11861559748649597 n1_l7_affine_eq_26 0.1177535429596901
    n1_l5_affine_48 n1_l7_affine_eq_27 0.25440743565559387 n1_l7_affine_eq_28 0.20933876931667328
    n1_l5_affine_48 n1_l7_affine_eq_29 -0.44266191124916077 n1_l7_affine_eq_30 0.11984359472990036
    n1_l5_affine_48 n1_l7_affine_eq_31 -0.24051915109157562 n1_l7_affine_eq_32 0.13128410279750824
    n1_l5_affine_48 n1_l7_affine_eq_33 0.30977150797843933 n1_l7_affine_eq_34 0.44627052545547485
    n1_l5_affine_48 n1_l7_affine_eq_35 -0.3706497251987457 n1_l7_affine_eq_36 -0.17077240347862244
    n1_l5_affine_48 n1_l7_affine_eq_37 0.29326772689819336 n1_l7_affine_eq_38 0.10229243338108063
    n1_l5_affine_48 n1_l7_affine_eq_39 0.1234281063079834
    n1_l5_affine_49 n1_l5_affine_eq_49 1 n1_l7_affine_eq_0 -0.10747583210468292
    n1_l5_affine_49 n1_l7_affine_eq_1 0.12403525412082672 n1_l7_affine_eq_2 -0.1570940762758255
    n1_l5_affine_49 n1_l7_affine_eq_3 0.2218886762857437 n1_l7_affine_eq_4 -0.153805211186409
    n1_l5_affine_49 n1_l7_affine_eq_5 0.09097591042518616 n1_l7_affine_eq_6 -0.19995395839214325
    n1_l5_affine_49 n1_l7_affine_eq_7 0.0360296331346035 n1_l7_affine_eq_8 -0.2148331105709076
    n1_l5_affine_49 n1_l7_affine_eq_9 0.10702137649059296 n1_l7_affine_eq_10 -0.2505547106266022
    n1_l5_affine_49 n1_l7_affine_eq_11 -0.19979645311832428 n1_l7_affine_eq_12 -0.06907462328672409
    n1_l5_affine_49 n1_l7_affine_eq_13 0.09398932009935379 n1_l7_affine_eq_14 0.0603453703224659
    n1_l5_affine_49 n1_l7_affine_eq_15 -0.08580490201711655 n1_l7_affine_eq_16 -0.0014438543003052473
    n1_l5_affine_49 n1_l7_affine_eq_17 -0.40231338143348694 n1_l7_affine_eq_18 -0.14786086976528168
    n1_l5_affine_49 n1_l7_affine_eq_19 0.22627383470535278 n1_l7_affine_eq_20 0.007903842255473137
    n1_l5_affine_49 n1_l7_affine_eq_21 -0.026695746928453445 n1_l7_affine_eq_22 0.02029384672641754
    n1_l5_affine_49 n1_l7_affine_eq_23 -0.07495592534542084 n1_l7_affine_eq_24 -0.034690871834754944
    n1_l5_affine_49 n1_l7_affine_eq_25 0.17140336334705353 n1_l7_affine_eq_26 -0.25571519136428833
    n1_l5_affine_49 n1_l7_affine_eq_27 -0.2667333781719208 n1_l7_affine_eq_28 0.012385744601488113
    n1_l5_affine_49 n1_l7_affine_eq_29 0.08489552140235901 n1_l7_affine_eq_30 -0.40797513723373413
    n1_l5_affine_49 n1_l7_affine_eq_31 0.13189727067947388 n1_l7_affine_eq_32 -0.35924243927001953
    n1_l5_affine_49 n1_l7_affine_eq_33 0.11586135625839233 n1_l7_affine_eq_34 0.2532193660736084
    n1_l5_affine_49 n1_l7_affine_eq_35 -0.2618121802806854 n1_l7_affine_eq_36 -0.20582115650177002
    n1_l5_affine_49 n1_l7_affine_eq_37 0.3035326898097992 n1_l7_affine_eq_38 -0.058096397668123245
    n1_l5_affine_49 n1_l7_affine_eq_39 -0.0590641163289547
    n1_l5_affine_50 n1_l5_affine_eq_50 1
    n1_l5_affine_51 n1_l5_affine_eq_51 1
    n1_l5_affine_52 n1_l5_affine_eq_52 1 n1_l7_affine_eq_0 -0.21961691975593567
    n1_l5_affine_52 n1_l7_affine_eq_1 0.3158261477947235 n1_l7_affine_eq_2 -0.0616668239235878
    n1_l5_affine_52 n1_l7_affine_eq_3 -0.12607133388519287 n1_l7_affine_eq_4 -0.12048550695180893
    n1_l5_affine_52 n1_l7_affine_eq_5 0.029938558116555214 n1_l7_affine_eq_6 -0.15586112439632416
    n1_l5_affine_52 n1_l7_affine_eq_7 -0.002007719362154603 n1_l7_affine_eq_8 0.36350777745246887
    n1_l5_affine_52 n1_l7_affine_eq_9 -0.059155359864234924 n1_l7_affine_eq_10 -0.1722784787416458
    n1_l5_affine_52 n1_l7_affine_eq_11 -0.18151867389678955 n1_l7_affine_eq_12 -0.2854504883289337
    n1_l5_affine_52 n1_l7_affine_eq_13 -0.03357624262571335 n1_l7_affine_eq_14 0.24658110737800598
    n1_l5_affine_52 n1_l7_affine_eq_15 -0.03158247098326683 n1_l7_affine_eq_16 -0.10310951620340347
    n1_l5_affine_52 n1_l7_affine_eq_17 -0.32220590114593506 n1_l7_affine_eq_18 0.21313780546188354
    n1_l5_affine_52 n1_l7_affine_eq_19 -0.008853127248585224 n1_l7_affine_eq_20 -0.038926247507333755
    n1_l5_affine_52 n1_l7_affine_eq_21 -0.2178032249212265 n1_l7_affine_eq_22 0.11396417021751404
    n1_l5_affine_52 n1_l7_affine_eq_23 0.13705448806285858 n1_l7_affine_eq_24 -0.049596503376960754
    n1_l5_affine_52 n1_l7_affine_eq_25 -0.008769680745899677 n1_l7_affine_eq_26 -0.1643764227628708
    n1_l5_affine_52 n1_l7_affine_eq_27 0.04088617488741875 n1_l7_affine_eq_28 -0.27507269382476807
    n1_l5_affine_52 n1_l7_affine_eq_29 -0.2322065234184265 n1_l7_affine_eq_30 -0.29644775390625
    n1_l5_affine_52 n1_l7_affine_eq_31 -0.12706564366817474 n1_l7_affine_eq_32 -0.07329019904136658
    n1_l5_affine_52 n1_l7_affine_eq_33 0.4538601338863373 n1_l7_affine_eq_34 0.0322558656334877
    n1_l5_affine_52 n1_l7_affine_eq_35 0.29026833176612854 n1_l7_affine_eq_36 -0.23018433153629303
    n1_l5_affine_52 n1_l7_affine_eq_37 0.12043455988168716 n1_l7_affine_eq_38 -0.1314343363046646
    n1_l5_affine_52 n1_l7_affine_eq_39 0.0738341212272644
    n1_l5_affine_53 n1_l5_affine_eq_53 1 n1_l7_affine_eq_0 0.09536014497280121
    n1_l5_affine_53 n1_l7_affine_eq_1 -0.21308766305446625 n1_l7_affine_eq_2 -0.3139735162258148
    n1_l5_affine_53 n1_l7_affine_eq_3 0.26508110761642456 n1_l7_affine_eq_4 -0.25815966725349426
    n1_l5_affine_53 n1_l7_affine_eq_5 0.13643905520439148 n1_l7_affine_eq_6 -0.11340279877185822
    n1_l5_affine_53 n1_l7_affine_eq_7 0.04040832445025444 n1_l7_affine_eq_8 -0.27564549446105957
    n1_l5_affine_53 n1_l7_affine_eq_9 0.3195917010307312 n1_l7_affine_eq_10 0.27895641326904297
    n1_l5_affine_53 n1_l7_affine_eq_11 -0.2680548131465912 n1_l7_affine_eq_12 0.23359839618206024
    n1_l5_affine_53 n1_l7_affine_eq_13 0.13404931128025055 n1_l7_affine_eq_14 0.25864824652671814
    n1_l5_affine_53 n1_l7_affine_eq_15 0.28986671566963196 n1_l7_affine_eq_16 0.2624291777610779
    n1_l5_affine_53 n1_l7_affine_eq_17 -0.2229086011648178 n1_l7_affine_eq_18 -0.2842748761177063
    n1_l5_affine_53 n1_l7_affine_eq_19 -0.1507020741701126 n1_l7_affine_eq_20 -0.0705409049987793
    n1_l5_affine_53 n1_l7_affine_eq_21 -0.08002809435129166 n1_l7_affine_eq_22 -0.19343404471874237
    n1_l5_affine_53 n1_l7_affine_eq_23 -0.30562421679496765 n1_l7_affine_eq_24 0.11466473340988159
    n1_l5_affine_53 n1_l7_affine_eq_25 -0.03779139742255211 n1_l7_affine_eq_26 -0.019393354654312134
    n1_l5_affine_53 n1_l7_affine_eq_27 -0.23873765766620636 n1_l7_affine_eq_28 0.028391940519213676
    n1_l5_affine_53 n1_l7_affine_eq_29 -0.08689313381910324 n1_l7_affine_eq_30 -0.3153497576713562
    n1_l5_affine_53 n1_l7_affine_eq_31 0.2933184802532196 n1_l7_affine_eq_32 -0.28603631258010864
    n1_l5_affine_53 n1_l7_affine_eq_33 -0.0700443908572197 n1_l7_affine_eq_34 0.15978722274303436
    n1_l5_affine_53 n1_l7_affine_eq_35 0.3181596100330353 n1_l7_affine_eq_36 0.09367513656616211
    n1_l5_affine_53 n1_l7_affine_eq_37 -0.14368994534015656 n1_l7_affine_eq_38 0.1071953997015953
    n1_l5_affine_53 n1_l7_affine_eq_39 0.21561449766159058
    n1_l5_affine_54 n1_l5_affine_eq_54 1
    n1_l5_affine_55 n1_l5_affine_eq_55 1
    n1_l5_affine_56 n1_l5_affine_eq_56 1
    n1_l5_affine_57 n1_l5_affine_eq_57 1 n1_l7_affine_eq_0 0.13011719286441803
    n1_l5_affine_57 n1_l7_affine_eq_1 0.3681063950061798 n1_l7_affine_eq_2 0.06955357640981674
    n1_l5_affine_57 n1_l7_affine_eq_3 0.27478885650634766 n1_l7_affine_eq_4 -0.2065298706293106
    n1_l5_affine_57 n1_l7_affine_eq_5 0.058183517307043076 n1_l7_affine_eq_6 -0.37584275007247925
    n1_l5_affine_57 n1_l7_affine_eq_7 0.05547356978058815 n1_l7_affine_eq_8 0.30639463663101196
    n1_l5_affine_57 n1_l7_affine_eq_9 -0.14215438067913055 n1_l7_affine_eq_10 -0.09206125885248184
    n1_l5_affine_57 n1_l7_affine_eq_11 0.21402113139629364 n1_l7_affine_eq_12 -0.3883972465991974
    n1_l5_affine_57 n1_l7_affine_eq_13 -0.2054327428340912 n1_l7_affine_eq_14 0.24883529543876648
    n1_l5_affine_57 n1_l7_affine_eq_15 -0.39079174399375916 n1_l7_affine_eq_16 -0.08972655236721039
    n1_l5_affine_57 n1_l7_affine_eq_17 -0.07670585066080093 n1_l7_affine_eq_18 0.20681950449943542
    n1_l5_affine_57 n1_l7_affine_eq_19 0.4000299274921417 n1_l7_affine_eq_20 0.17531509697437286
    n1_l5_affine_57 n1_l7_affine_eq_21 0.04938444122672081 n1_l7_affine_eq_22 0.33016398549079895
    n1_l5_affine_57 n1_l7_affine_eq_23 0.37396523356437683 n1_l7_affine_eq_24 0.1969216763973236
    n1_l5_affine_57 n1_l7_affine_eq_25 0.1464347094297409 n1_l7_affine_eq_26 -0.23325707018375397
    n1_l5_affine_57 n1_l7_affine_eq_27 -0.18346944451332092 n1_l7_affine_eq_28 0.14814887940883636
    n1_l5_affine_57 n1_l7_affine_eq_29 -0.3955170214176178 n1_l7_affine_eq_30 -0.0928628221154213
    n1_l5_affine_57 n1_l7_affine_eq_31 -0.19629187881946564 n1_l7_affine_eq_32 0.2732706367969513
    n1_l5_affine_57 n1_l7_affine_eq_33 0.08893965184688568 n1_l7_affine_eq_34 0.2503070533275604
    n1_l5_affine_57 n1_l7_affine_eq_35 0.4570517838001251 n1_l7_affine_eq_36 -0.10826045274734497
    n1_l5_affine_57 n1_l7_affine_eq_37 -0.08507464081048965 n1_l7_affine_eq_38 0.23023192584514618
    n1_l5_affine_57 n1_l7_affine_eq_39 -0.21374543011188507
    n1_l5_affine_58 n1_l5_affine_eq_58 1 n1_l6_relu_ge_58 -1
    n1_l5_affine_58 n1_l6_relu_off_58 -1
    n1_l5_affine_59 n1_l5_affine_eq_59 1
    n1_l6_relu_8 n1_l6_relu_ge_8 1 n1_l6_relu_on_8 1
    n1_l6_relu_8 n1_l6_relu_off_8 1 n1_l7_affine_eq_0 0.1942453682422638
    n1_l6_relu_8 n1_l7_affine_eq_1 -0.04034285247325897 n1_l7_affine_eq_2 -0.07987072318792343
    n1_l6_relu_8 n1_l7_affine_eq_3 0.23573528230190277 n1_l7_affine_eq_4 0.33004918694496155
    n1_l6_relu_8 n1_l7_affine_eq_5 0.123448945581913 n1_l7_affine_eq_6 -0.21257327497005463
    n1_l6_relu_8 n1_l7_affine_eq_7 0.0038410339038819075 n1_l7_affine_eq_8 -0.18851004540920258
    n1_l6_relu_8 n1_l7_affine_eq_9 -0.046289995312690735 n1_l7_affine_eq_10 0.1749894618988037
    n1_l6_relu_8 n1_l7_affine_eq_11 -0.20647116005420685 n1_l7_affine_eq_12 -0.4129169285297394
    n1_l6_relu_8 n1_l7_affine_eq_13 0.1790938675403595 n1_l7_affine_eq_14 -0.1204778403043747
    n1_l6_relu_8 n1_l7_affine_eq_15 0.07972988486289978 n1_l7_affine_eq_16 0.15409605205059052
    n1_l6_relu_8 n1_l7_affine_eq_17 -0.06726952642202377 n1_l7_affine_eq_18 -0.046038106083869934
    n1_l6_relu_8 n1_l7_affine_eq_19 -0.06760398298501968 n1_l7_affine_eq_20 0.019719723612070084
    n1_l6_relu_8 n1_l7_affine_eq_21 0.17386524379253387 n1_l7_affine_eq_22 -0.2510349750518799
    n1_l6_relu_8 n1_l7_affine_eq_23 -0.11974205076694489 n1_l7_affine_eq_24 0.21760714054107666
    n1_l6_relu_8 n1_l7_affine_eq_25 0.00023407710250467062 n1_l7_affine_eq_26 0.0046601067297160625
    n1_l6_relu_8 n1_l7_affine_eq_27 -0.11770129203796387 n1_l7_affine_eq_28 0.06185872480273247
    n1_l6_relu_8 n1_l7_affine_eq_29 -0.18083463609218597 n1_l7_affine_eq_30 -0.2793058454990387
    n1_l6_relu_8 n1_l7_affine_eq_31 -0.016340283676981926 n1_l7_affine_eq_32 -0.23459745943546295
    n1_l6_relu_8 n1_l7_affine_eq_33 -0.09986820071935654 n1_l7_affine_eq_34 -0.02429783158004284
    n1_l6_relu_8 n1_l7_affine_eq_35 -0.021606892347335815 n1_l7_affine_eq_36 0.04477238655090332
    n1_l6_relu_8 n1_l7_affine_eq_37 -0.10543754696846008 n1_l7_affine_eq_38 -0.11556553095579147
    n1_l6_relu_8 n1_l7_affine_eq_39 -0.03906337171792984
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_8 n1_l6_relu_on_8 -0.13302113011687522 n1_l6_relu_off_8 0.10442375694212197
    MARKER 'MARKER' 'INTEND'
    n1_l6_relu_9 n1_l6_relu_ge_9 1 n1_l6_relu_on_9 1
    n1_l6_relu_9 n1_l6_relu_off_9 1 n1_l7_affine_eq_0 -0.07178659737110138
    n1_l6_relu_9 n1_l7_affine_eq_1 -0.18938276171684265 n1_l7_affine_eq_2 -0.19217544794082642
    n1_l6_relu_9 n1_l7_affine_eq_3 -0.36580145359039307 n1_l7_affine_eq_4 -0.08955889940261841
    n1_l6_relu_9 n1_l7_affine_eq_5 0.11819463968276978 n1_l7_affine_eq_6 0.09859670698642731
    n1_l6_relu_9 n1_l7_affine_eq_7 0.49672773480415344 n1_l7_affine_eq_8 0.21332915127277374
    n1_l6_relu_9 n1_l7_affine_eq_9 -0.19223080575466156 n1_l7_affine_eq_10 0.20555239915847778
    n1_l6_relu_9 n1_l7_affine_eq_11 -0.19857816398143768 n1_l7_affine_eq_12 0.39395859837532043
    n1_l6_relu_9 n1_l7_affine_eq_13 -0.05063684284687042 n1_l7_affine_eq_14 -0.019465312361717224
    n1_l6_relu_9 n1_l7_affine_eq_15 0.30344581604003906 n1_l7_affine_eq_16 0.16551177203655243
    n1_l6_relu_9 n1_l7_affine_eq_17 0.17989270389080048 n1_l7_affine_eq_18 0.2355136275291443
    n1_l6_relu_9 n1_l7_affine_eq_19 -0.3658738136291504 n1_l7_affine_eq_20 0.08810079842805862
    n1_l6_relu_9 n1_l7_affine_eq_21 0.08925788104534149 n1_l7_affine_eq_22 0.20012575387954712
    n1_l6_relu_9 n1_l7_affine_eq_23 -0.37777239084243774 n1_l7_affine_eq_24 0.02030242793262005
    n1_l6_relu_9 n1_l7_affine_eq_25 -0.4467027485370636 n1_l7_affine_eq_26 -0.41754812002182007
    n1_l6_relu_9 n1_l7_affine_eq_27 0.05083414539694786 n1_l7_affine_eq_28 0.21036948263645172
    n1_l6_relu_9 n1_l7_affine_eq_29 -0.06387179344892502 n1_l7_affine_eq_30 -0.06745992600917816
    n1_l6_relu_9 n1_l7_affine_eq_31 -0.11767470091581345 n1_l7_affine_eq_32 -0.05860434100031853
    n1_l6_relu_9 n1_l7_affine_eq_33 -0.19734099507331848 n1_l7_affine_eq_34 -0.1961013227701187
    n1_l6_relu_9 n1_l7_affine_eq_35 0.18518906831741333 n1_l7_affine_eq_36 -0.30957549810409546
    n1_l6_relu_9 n1_l7_affine_eq_37 0.09692008793354034 n1_l7_affine_eq_38 0.035975124686956406
    n1_l6_relu_9 n1_l7_affine_eq_39 0.4766463339328766
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_9 n1_l6_relu_on_9 -0.18982968290158378 n1_l6_relu_off_9 0.14486281400784584
    MARKER 'MARKER' 'INTEND'
    n1_l6_relu_14 n1_l6_relu_ge_14 1 n1_l6_relu_on_14 1
    n1_l6_relu_14 n1_l6_relu_off_14 1 n1_l7_affine_eq_0 -0.19925522804260254
    n1_l6_relu_14 n1_l7_affine_eq_1 0.09521002322435379 n1_l7_affine_eq_2 -0.2604105472564697
    n1_l6_relu_14 n1_l7_affine_eq_3 -0.22173069417476654 n1_l7_affine_eq_4 -0.3891042172908783
    n1_l6_relu_14 n1_l7_affine_eq_5 -0.0222601480782032 n1_l7_affine_eq_6 0.15624022483825684
    n1_l6_relu_14 n1_l7_affine_eq_7 0.11894501745700836 n1_l7_affine_eq_8 0.050055671483278275
    n1_l6_relu_14 n1_l7_affine_eq_9 -0.11989731341600418 n1_l7_affine_eq_10 -0.6289448142051697
    n1_l6_relu_14 n1_l7_affine_eq_11 0.2350602149963379 n1_l7_affine_eq_12 0.3990512788295746
    n1_l6_relu_14 n1_l7_affine_eq_13 0.1283191442489624 n1_l7_affine_eq_14 0.2793404161930084
    n1_l6_relu_14 n1_l7_affine_eq_15 -0.06438402086496353 n1_l7_affine_eq_16 -0.3005077540874481
    n1_l6_relu_14 n1_l7_affine_eq_17 -0.5427290797233582 n1_l7_affine_eq_18 -0.15290546417236328
    n1_l6_relu_14 n1_l7_affine_eq_19 -0.5619868636131287 n1_l7_affine_eq_20 0.05839673429727554
    n1_l6_relu_14 n1_l7_affine_eq_21 -0.1202702671289444 n1_l7_affine_eq_22 0.09584822505712509
    n1_l6_relu_14 n1_l7_affine_eq_23 0.03377174958586693 n1_l7_affine_eq_24 0.09779297560453415
    n1_l6_relu_14 n1_l7_affine_eq_25 0.35691362619400024 n1_l7_affine_eq_26 -0.33486518263816833
    n1_l6_relu_14 n1_l7_affine_eq_27 -0.13221502304077148 n1_l7_affine_eq_28 0.4467628300189972
    n1_l6_relu_14 n1_l7_affine_eq_29 0.03520233556628227 n1_l7_affine_eq_30 -0.3055179715156555
    n1_l6_relu_14 n1_l7_affine_eq_31 0.1603091061115265 n1_l7_affine_eq_32 -0.27174532413482666
    n1_l6_relu_14 n1_l7_affine_eq_33 -0.21083831787109375 n1_l7_affine_eq_34 0.4960986077785492
    n1_l6_relu_14 n1_l7_affine_eq_35 -0.3022007644176483 n1_l7_affine_eq_36 -0.18659146130084991
    n1_l6_relu_14 n1_l7_affine_eq_37 -0.15441074967384338 n1_l7_affine_eq_38 -0.6553335785865784
    n1_l6_relu_14 n1_l7_affine_eq_39 -0.2730056643486023
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_14 n1_l6_relu_on_14 -0.23360157633327022 n1_l6_relu_off_14 0.13219455131745614
    MARKER 'MARKER' 'INTEND'
    n1_l6_relu_35 n1_l6_relu_ge_35 1 n1_l6_relu_on_35 1
    n1_l6_relu_35 n1_l6_relu_off_35 1 n1_l7_affine_eq_0 0.0867229476571083
    n1_l6_relu_35 n1_l7_affine_eq_1 -0.0007714813691563904 n1_l7_affine_eq_2 -0.18195658922195435
    n1_l6_relu_35 n1_l7_affine_eq_3 0.1785213053226471 n1_l7_affine_eq_4 -0.054945241659879684
    n1_l6_relu_35 n1_l7_affine_eq_5 -0.12431413680315018 n1_l7_affine_eq_6 0.19722062349319458
    n1_l6_relu_35 n1_l7_affine_eq_7 -0.1133560910820961 n1_l7_affine_eq_8 0.15435515344142914
    n1_l6_relu_35 n1_l7_affine_eq_9 -0.039984703063964844 n1_l7_affine_eq_10 -0.3519546687602997
    n1_l6_relu_35 n1_l7_affine_eq_11 -0.1582220047712326 n1_l7_affine_eq_12 -0.2737704813480377
    n1_l6_relu_35 n1_l7_affine_eq_13 0.06361240893602371 n1_l7_affine_eq_14 0.15023183822631836
    n1_l6_relu_35 n1_l7_affine_eq_15 -0.49807971715927124 n1_l7_affine_eq_16 0.1905076801776886
    n1_l6_relu_35 n1_l7_affine_eq_17 -0.25089117884635925 n1_l7_affine_eq_18 0.13646648824214935
    n1_l6_relu_35 n1_l7_affine_eq_19 0.05446327477693558 n1_l7_affine_eq_20 -0.3601452112197876
    n1_l6_relu_35 n1_l7_affine_eq_21 -0.005352070089429617 n1_l7_affine_eq_22 0.08697619289159775
    n1_l6_relu_35 n1_l7_affine_eq_23 -0.18613024055957794 n1_l7_affine_eq_24 -0.13065209984779358
    n1_l6_relu_35 n1_l7_affine_eq_25 0.02296571061015129 n1_l7_affine_eq_26 -0.10008173435926437
    n1_l6_relu_35 n1_l7_affine_eq_27 -0.006916955579072237 n1_l7_affine_eq_28 0.11310999095439911
    n1_l6_relu_35 n1_l7_affine_eq_29 0.4171452224254608 n1_l7_affine_eq_30 0.18299242854118347
    n1_l6_relu_35 n1_l7_affine_eq_31 0.1077420637011528 n1_l7_affine_eq_32 -0.2586585283279419
    n1_l6_relu_35 n1_l7_affine_eq_33 -0.2159237563610077 n1_l7_affine_eq_34 0.32388851046562195
    n1_l6_relu_35 n1_l7_affine_eq_35 -0.1461014747619629 n1_l7_affine_eq_36 -0.2811657190322876
    n1_l6_relu_35 n1_l7_affine_eq_37 0.21030037105083466 n1_l7_affine_eq_38 -0.013968227431178093
    n1_l6_relu_35 n1_l7_affine_eq_39 0.24703587591648102
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_35 n1_l6_relu_on_35 -0.03733523936695665 n1_l6_relu_off_35 0.23471167760133752
    MARKER 'MARKER' 'INTEND'
    n1_l6_relu_41 n1_l6_relu_ge_41 1 n1_l6_relu_on_41 1
    n1_l6_relu_41 n1_l6_relu_off_41 1 n1_l7_affine_eq_0 -0.13869117200374603
    n1_l6_relu_41 n1_l7_affine_eq_1 -0.15007327497005463 n1_l7_affine_eq_2 -0.1447409838438034
    n1_l6_relu_41 n1_l7_affine_eq_3 -0.3372848927974701 n1_l7_affine_eq_4 -0.46970507502555847
    n1_l6_relu_41 n1_l7_affine_eq_5 -0.2015649527311325 n1_l7_affine_eq_6 -0.022326555103063583
    n1_l6_relu_41 n1_l7_affine_eq_7 -0.07920143753290176 n1_l7_affine_eq_8 0.1205449178814888
    n1_l6_relu_41 n1_l7_affine_eq_9 0.09334884583950043 n1_l7_affine_eq_10 0.003297023242339492
    n1_l6_relu_41 n1_l7_affine_eq_11 0.0023878621868789196 n1_l7_affine_eq_12 0.2944173216819763
    n1_l6_relu_41 n1_l7_affine_eq_13 0.29040399193763733 n1_l7_affine_eq_14 -0.16745485365390778
    n1_l6_relu_41 n1_l7_affine_eq_15 0.41353079676628113 n1_l7_affine_eq_16 0.09133411198854446
    n1_l6_relu_41 n1_l7_affine_eq_17 0.23269541561603546 n1_l7_affine_eq_18 0.15381726622581482
    n1_l6_relu_41 n1_l7_affine_eq_19 -0.16785463690757751 n1_l7_affine_eq_20 -0.044545307755470276
    n1_l6_relu_41 n1_l7_affine_eq_21 0.007417595013976097 n1_l7_affine_eq_22 0.05478821322321892
    n1_l6_relu_41 n1_l7_affine_eq_23 -0.35631024837493896 n1_l7_affine_eq_24 -0.18939585983753204
    n1_l6_relu_41 n1_l7_affine_eq_25 0.11597270518541336 n1_l7_affine_eq_26 -0.03785979002714157
    n1_l6_relu_41 n1_l7_affine_eq_27 -0.25899767875671387 n1_l7_affine_eq_28 0.02879152074456215
    n1_l6_relu_41 n1_l7_affine_eq_29 -0.20636050403118134 n1_l7_affine_eq_30 0.39455345273017883
    n1_l6_relu_41 n1_l7_affine_eq_31 -0.24645400047302246 n1_l7_affine_eq_32 0.39709997177124023
    n1_l6_relu_41 n1_l7_affine_eq_33 -0.21192379295825958 n1_l7_affine_eq_34 -0.21519862115383148
    n1_l6_relu_41 n1_l7_affine_eq_35 0.12875841557979584 n1_l7_affine_eq_36 0.07462859153747559
    n1_l6_relu_41 n1_l7_affine_eq_37 0.11156793683767319 n1_l7_affine_eq_38 -0.041383177042007446
    n1_l6_relu_41 n1_l7_affine_eq_39 0.007605731952935457
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_41 n1_l6_relu_on_41 -0.14097402601732048 n1_l6_relu_off_41 0.13531330618530354
    MARKER 'MARKER' 'INTEND'
    n1_l6_relu_58 n1_l6_relu_ge_58 1 n1_l6_relu_on_58 1
    n1_l6_relu_58 n1_l6_relu_off_58 1 n1_l7_affine_eq_0 -0.0907093733549118
    n1_l6_relu_58 n1_l7_affine_eq_1 0.38540732860565186 n1_l7_affine_eq_2 0.05341140553355217
    n1_l6_relu_58 n1_l7_affine_eq_3 -0.0838477835059166 n1_l7_affine_eq_4 0.06195300444960594
    n1_l6_relu_58 n1_l7_affine_eq_5 0.2887829840183258 n1_l7_affine_eq_6 -0.2665865421295166
    n1_l6_relu_58 n1_l7_affine_eq_7 0.06755910068750381 n1_l7_affine_eq_8 -0.09655925631523132
    n1_l6_relu_58 n1_l7_affine_eq_9 -0.2820068597793579 n1_l7_affine_eq_10 -0.16522017121315002
    n1_l6_relu_58 n1_l7_affine_eq_11 -0.16494864225387573 n1_l7_affine_eq_12 0.029796725139021873
    n1_l6_relu_58 n1_l7_affine_eq_13 -0.16639280319213867 n1_l7_affine_eq_14 0.02051916904747486
    n1_l6_relu_58 n1_l7_affine_eq_15 -0.1162465512752533 n1_l7_affine_eq_16 -0.17990143597126007
    n1_l6_relu_58 n1_l7_affine_eq_17 0.09346438199281693 n1_l7_affine_eq_18 0.23693588376045227
    n1_l6_relu_58 n1_l7_affine_eq_19 -0.08768767863512039 n1_l7_affine_eq_20 0.10066739469766617
    n1_l6_relu_58 n1_l7_affine_eq_21 -0.12639552354812622 n1_l7_affine_eq_22 0.14440785348415375
    n1_l6_relu_58 n1_l7_affine_eq_23 0.253968745470047 n1_l7_affine_eq_24 0.19779209792613983
    n1_l6_relu_58 n1_l7_affine_eq_25 0.14949758350849152 n1_l7_affine_eq_26 -0.3097476363182068
    n1_l6_relu_58 n1_l7_affine_eq_27 0.11909370124340057 n1_l7_affine_eq_28 0.02494538202881813
    n1_l6_relu_58 n1_l7_affine_eq_29 -0.26575273275375366 n1_l7_affine_eq_30 0.25373589992523193
    n1_l6_relu_58 n1_l7_affine_eq_31 -0.04859454184770584 n1_l7_affine_eq_32 0.3002169728279114
    n1_l6_relu_58 n1_l7_affine_eq_33 -0.10620753467082977 n1_l7_affine_eq_34 -0.21430037915706635
    n1_l6_relu_58 n1_l7_affine_eq_35 0.3138045370578766 n1_l7_affine_eq_36 -0.2717648446559906
    n1_l6_relu_58 n1_l7_affine_eq_37 -0.3224943280220032 n1_l7_affine_eq_38 -0.05419155955314636
    n1_l6_relu_58 n1_l7_affine_eq_39 -0.24432538449764252
    MARKER 'MARKER' 'INTORG'
    n1_l6_relu_d_58 n1_l6_relu_on_58 -0.08814001833437968 n1_l6_relu_off_58 0.12900095385647503
    MARKER 'MARKER' 'INTEND'
    n1_l7_affine_0 n1_l7_affine_eq_0 1
    n1_l7_affine_1 n1_l7_affine_eq_1 1
    n1_l7_affine_2 n1_l7_affine_eq_2 1 n1_l9_affine_eq_0 0.024951642379164696
    n1_l7_affine_2 n1_l9_affine_eq_1 0.08804621547460556 n1_l9_affine_eq_2 0.10359831899404526
    n1_l7_affine_2 n1_l9_affine_eq_3 0.3236863911151886 n1_l9_affine_eq_4 -0.26707127690315247
    n1_l7_affine_2 n1_l9_affine_eq_5 0.17576785385608673 n1_l9_affine_eq_6 0.04280247166752815
    n1_l7_affine_2 n1_l9_affine_eq_7 0.00463925302028656 n1_l9_affine_eq_8 -0.09609267115592957
    n1_l7_affine_2 n1_l9_affine_eq_9 0.2108066976070404 n1_l9_affine_eq_10 0.45777150988578796
    n1_l7_affine_2 n1_l9_affine_eq_11 -0.12097704410552979 n1_l9_affine_eq_12 -0.13496513664722443
    n1_l7_affine_2 n1_l9_affine_eq_13 -0.02885139174759388 n1_l9_affine_eq_14 -0.12596482038497925
    n1_l7_affine_2 n1_l9_affine_eq_15 -0.5813835859298706 n1_l9_affine_eq_16 0.12817631661891937
    n1_l7_affine_2 n1_l9_affine_eq_17 -0.3106688857078552 n1_l9_affine_eq_18 0.12994855642318726
    n1_l7_affine_2 n1_l9_affine_eq_19 -0.44181132316589355
    n1_l7_affine_3 n1_l7_affine_eq_3 1
    n1_l7_affine_4 n1_l7_affine_eq_4 1 n1_l9_affine_eq_0 0.0038561662659049034
    n1_l7_affine_4 n1_l9_affine_eq_1 0.16424262523651123 n1_l9_affine_eq_2 -0.1119256466627121
    n1_l7_affine_4 n1_l9_affine_eq_3 0.10661111772060394 n1_l9_affine_eq_4 0.17479239404201508
    n1_l7_affine_4 n1_l9_affine_eq_5 0.1173783615231514 n1_l9_affine_eq_6 0.05181698501110077
    n1_l7_affine_4 n1_l9_affine_eq_7 0.008645914494991302 n1_l9_affine_eq_8 -0.29072996973991394
    n1_l7_affine_4 n1_l9_affine_eq_9 0.0152197340503335 n1_l9_affine_eq_10 0.01188447792083025
    n1_l7_affine_4 n1_l9_affine_eq_11 0.2513829171657562 n1_l9_affine_eq_12 -0.5355522632598877
    n1_l7_affine_4 n1_l9_affine_eq_13 -0.26882272958755493 n1_l9_affine_eq_14 -0.4333667457103729
    n1_l7_affine_4 n1_l9_affine_eq_15 -0.19930404424667358 n1_l9_affine_eq_16 0.214826300740242
    n1_l7_affine_4 n1_l9_affine_eq_17 -0.24403966963291168 n1_l9_affine_eq_18 -0.28962165117263794
    n1_l7_affine_4 n1_l9_affine_eq_19 0.2824398875236511
    n1_l7_affine_5 n1_l7_affine_eq_5 1
    n1_l7_affine_6 n1_l7_affine_eq_6 1 n1_l9_affine_eq_0 0.3770847022533417
    n1_l7_affine_6 n1_l9_affine_eq_1 -0.34110158681869507 n1_l9_affine_eq_2 -0.018616890534758568
    n1_l7_affine_6 n1_l9_affine_eq_3 0.14116047322750092 n1_l9_affine_eq_4 -0.015300232917070389
    n1_l7_affine_6 n1_l9_affine_eq_5 -0.2282947450876236 n1_l9_affine_eq_6 0.030270591378211975
    n1_l7_affine_6 n1_l9_affine_eq_7 -0.13641908764839172 n1_l9_affine_eq_8 0.36424851417541504
    n1_l7_affine_6 n1_l9_affine_eq_9 -0.22880171239376068 n1_l9_affine_eq_10 0.20813772082328796
    n1_l7_affine_6 n1_l9_affine_eq_11 0.25906601548194885 n1_l9_affine_eq_12 0.23053254187107086
    n1_l7_affine_6 n1_l9_affine_eq_13 -0.4573124647140503 n1_l9_affine_eq_14 -0.4573037326335907
    n1_l7_affine_6 n1_l9_affine_eq_15 0.00006957565346965566 n1_l9_affine_eq_16 0.14583204686641693
    n1_l7_affine_6 n1_l9_affine_eq_17 0.3673374354839325 n1_l9_affine_eq_18 0.35882899165153503
    n1_l7_affine_6 n1_l9_affine_eq_19 -0.05489033833146095
    n1_l7_affine_7 n1_l7_affine_eq_7 1
    n1_l7_affine_8 n1_l7_affine_eq_8 1 n1_l9_affine_eq_0 0.10282202810049057
    n1_l7_affine_8 n1_l9_affine_eq_1 -0.10997501015663147 n1_l9_affine_eq_2 -0.2840275168418884
    n1_l7_affine_8 n1_l9_affine_eq_3 0.21697229146957397 n1_l9_affine_eq_4 -0.2968602180480957
    n1_l7_affine_8 n1_l9_affine_eq_5 -0.38115668296813965 n1_l9_affine_eq_6 0.2689041197299957
    n1_l7_affine_8 n1_l9_affine_eq_7 -0.5029947757720947 n1_l9_affine_eq_8 0.13629041612148285
    n1_l7_affine_8 n1_l9_affine_eq_9 -0.05542997270822525 n1_l9_affine_eq_10 -0.18120630085468292
    n1_l7_affine_8 n1_l9_affine_eq_11 0.21192941069602966 n1_l9_affine_eq_12 -0.0995916947722435
    n1_l7_affine_8 n1_l9_affine_eq_13 -0.1701926290988922 n1_l9_affine_eq_14 0.116280198097229
    n1_l7_affine_8 n1_l9_affine_eq_15 -0.16513638198375702 n1_l9_affine_eq_16 -0.5136131644248962
    n1_l7_affine_8 n1_l9_affine_eq_17 -0.061882827430963516 n1_l9_affine_eq_18 -0.19090548157691956
    n1_l7_affine_8 n1_l9_affine_eq_19 -0.11995913833379745
    n1_l7_affine_9 n1_l7_affine_eq_9 1 n1_l9_affine_eq_0 -0.14740949869155884
    n1_l7_affine_9 n1_l9_affine_eq_1 -0.24034953117370605 n1_l9_affine_eq_2 0.05896672606468201
    n1_l7_affine_9 n1_l9_affine_eq_3 0.3470795750617981 n1_l9_affine_eq_4 0.15643814206123352
    n1_l7_affine_9 n1_l9_affine_eq_5 -0.05071587488055229 n1_l9_affine_eq_6 -0.21749015152454376
    n1_l7_affine_9 n1_l9_affine_eq_7 -0.2585759460926056 n1_l9_affine_eq_8 -0.20149248838424683
    n1_l7_affine_9 n1_l9_affine_eq_9 -0.07371640205383301 n1_l9_affine_eq_10 -0.2550615072250366
    n1_l7_affine_9 n1_l9_affine_eq_11 0.1525811105966568 n1_l9_affine_eq_12 -0.09602391719818115
    n1_l7_affine_9 n1_l9_affine_eq_13 0.14063982665538788 n1_l9_affine_eq_14 -0.271241694688797
    n1_l7_affine_9 n1_l9_affine_eq_15 0.23478224873542786 n1_l9_affine_eq_16 -0.161122664809227
    n1_l7_affine_9 n1_l9_affine_eq_17 -0.12030964344739914 n1_l9_affine_eq_18 -0.22596845030784607
    n1_l7_affine_9 n1_l9_affine_eq_19 0.2010260373353958
    n1_l7_affine_10 n1_l7_affine_eq_10 1 n1_l9_affine_eq_0 -0.002374976174905896
    n1_l7_affine_10 n1_l9_affine_eq_1 0.0035038813948631287 n1_l9_affine_eq_2 0.15568578243255615
    n1_l7_affine_10 n1_l9_affine_eq_3 0.35461875796318054 n1_l9_affine_eq_4 -0.5890921950340271
    n1_l7_affine_10 n1_l9_affine_eq_5 -0.35154929757118225 n1_l9_affine_eq_6 0.06370755285024643
    n1_l7_affine_10 n1_l9_affine_eq_7 0.2885279059410095 n1_l9_affine_eq_8 0.2356792688369751
    n1_l7_affine_10 n1_l9_affine_eq_9 -0.34169989824295044 n1_l9_affine_eq_10 0.17151662707328796
    n1_l7_affine_10 n1_l9_affine_eq_11 -0.07027914375066757 n1_l9_affine_eq_12 -0.25802910327911377
    n1_l7_affine_10 n1_l9_affine_eq_13 -0.008790387772023678 n1_l9_affine_eq_14 0.24416010081768036
    n1_l7_affine_10 n1_l9_affine_eq_15 0.03620761260390282 n1_l9_affine_eq_16 0.11962727457284927
    n1_l7_affine_10 n1_l9_affine_eq_17 -0.23160779476165771 n1_l9_affine_eq_18 0.09922447055578232
    n1_l7_affine_10 n1_l9_affine_eq_19 0.24594251811504364
    n1_l7_affine_11 n1_l7_affine_eq_11 1 n1_l9_affine_eq_0 -0.08250923454761505
    n1_l7_affine_11 n1_l9_affine_eq_1 -0.020137056708335876 n1_l9_affine_eq_2 0.40253546833992004
    n1_l7_affine_11 n1_l9_affine_eq_3 -0.4176388084888458 n1_l9_affine_eq_4 -0.22026899456977844
    n1_l7_affine_11 n1_l9_affine_eq_5 -0.3151978850364685 n1_l9_affine_eq_6 0.2087300419807434
    n1_l7_affine_11 n1_l9_affine_eq_7 -0.26029035449028015 n1_l9_affine_eq_8 0.2629143297672272
    n1_l7_affine_11 n1_l9_affine_eq_9 -0.4104261100292206 n1_l9_affine_eq_10 -0.3462269604206085
    n1_l7_affine_11 n1_l9_affine_eq_11 0.2871479392051697 n1_l9_affine_eq_12 -0.1774890124797821
    n1_l7_affine_11 n1_l9_affine_eq_13 0.18921823799610138 n1_l9_affine_eq_14 0.08294521272182465
    n1_l7_affine_11 n1_l9_affine_eq_15 -0.40629667043685913 n1_l9_affine_eq_16 -0.3338461220264435
    n1_l7_affine_11 n1_l9_affine_eq_17 0.19431357085704803 n1_l9_affine_eq_18 -0.09633993357419968
    n1_l7_affine_11 n1_l9_affine_eq_19 -0.43050721287727356
    n1_l7_affine_12 n1_l7_affine_eq_12 1 n1_l9_affine_eq_0 -0.05205178260803223
    n1_l7_affine_12 n1_l9_affine_eq_1 0.0923205241560936 n1_l9_affine_eq_2 -0.04159048944711685
    n1_l7_affine_12 n1_l9_affine_eq_3 -0.3333848714828491 n1_l9_affine_eq_4 -0.33284541964530945
    n1_l7_affine_12 n1_l9_affine_eq_5 0.03206697478890419 n1_l9_affine_eq_6 -0.39526447653770447
    n1_l7_affine_12 n1_l9_affine_eq_7 0.044521789997816086 n1_l9_affine_eq_8 0.4191768169403076
    n1_l7_affine_12 n1_l9_affine_eq_9 -0.20613987743854523 n1_l9_affine_eq_10 -0.5586249232292175
    n1_l7_affine_12 n1_l9_affine_eq_11 -0.044760335236787796 n1_l9_affine_eq_12 0.25893598794937134
    n1_l7_affine_12 n1_l9_affine_eq_13 0.31443074345588684 n1_l9_affine_eq_14 -0.1527709811925888
    n1_l7_affine_12 n1_l9_affine_eq_15 0.08198607712984085 n1_l9_affine_eq_16 0.24795040488243103
    n1_l7_affine_12 n1_l9_affine_eq_17 -0.16379334032535553 n1_l9_affine_eq_18 0.0813082829117775
    n1_l7_affine_12 n1_l9_affine_eq_19 0.15585868060588837
    n1_l7_affine_13 n1_l7_affine_eq_13 1 n1_l8_relu_ge_13 -1
    n1_l7_affine_13 n1_l8_relu_off_13 -1
    n1_l7_affine_14 n1_l7_affine_eq_14 1
    n1_l7_affine_15 n1_l7_affine_eq_15 1 n1_l8_relu_ge_15 -1
    n1_l7_affine_15 n1_l8_relu_off_15 -1
    n1_l7_affine_16 n1_l7_affine_eq_16 1 n1_l9_affine_eq_0 -0.2978709936141968
    n1_l7_affine_16 n1_l9_affine_eq_1 -0.3074410855770111 n1_l9_affine_eq_2 0.11515229940414429
    n1_l7_affine_16 n1_l9_affine_eq_3 0.23458263278007507 n1_l9_affine_eq_4 0.2799011468887329
    n1_l7_affine_16 n1_l9_affine_eq_5 0.2499399185180664 n1_l9_affine_eq_6 -0.013176312670111656
    n1_l7_affine_16 n1_l9_affine_eq_7 -0.09101876616477966 n1_l9_affine_eq_8 -0.4155100882053375
    n1_l7_affine_16 n1_l9_affine_eq_9 -0.1573120802640915 n1_l9_affine_eq_10 -0.3468484878540039
    n1_l7_affine_16 n1_l9_affine_eq_11 -0.06513985246419907 n1_l9_affine_eq_12 -0.34149038791656494
    n1_l7_affine_16 n1_l9_affine_eq_13 0.2840152382850647 n1_l9_affine_eq_14 0.25434988737106323
    n1_l7_affine_16 n1_l9_affine_eq_15 0.2826138138771057 n1_l9_affine_eq_16 0.09101567417383194
    n1_l7_affine_16 n1_l9_affine_eq_17 -0.46949127316474915 n1_l9_affine_eq_18 -0.1319502294063568
    n1_l7_affine_16 n1_l9_affine_eq_19 0.38845294713974
    n1_l7_affine_17 n1_l7_affine_eq_17 1 n1_l9_affine_eq_0 -0.33190953731536865
    n1_l7_affine_17 n1_l9_affine_eq_1 0.128824844956398 n1_l9_affine_eq_2 0.3898528218269348
    n1_l7_affine_17 n1_l9_affine_eq_3 0.01928050071001053 n1_l9_affine_eq_4 -0.10795509070158005
    n1_l7_affine_17 n1_l9_affine_eq_5 0.0752948448061943 n1_l9_affine_eq_6 0.3864915668964386
    n1_l7_affine_17 n1_l9_affine_eq_7 0.28605157136917114 n1_l9_affine_eq_8 0.12122911959886551
    n1_l7_affine_17 n1_l9_affine_eq_9 -0.37584227323532104 n1_l9_affine_eq_10 -0.2846301198005676
    n1_l7_affine_17 n1_l9_affine_eq_11 0.08488503098487854 n1_l9_affine_eq_12 -0.41417333483695984
    n1_l7_affine_17 n1_l9_affine_eq_13 -0.12341883778572083 n1_l9_affine_eq_14 -0.13078925013542175
    n1_l7_affine_17 n1_l9_affine_eq_15 -0.004763628821820021 n1_l9_affine_eq_16 0.17961761355400085
    n1_l7_affine_17 n1_l9_affine_eq_17 0.2691437900066376 n1_l9_affine_eq_18 0.22829246520996094
    n1_l7_affine_17 n1_l9_affine_eq_19 0.02550630271434784
    n1_l7_affine_18 n1_l7_affine_eq_18 1 n1_l9_affine_eq_0 0.5579965710639954
    n1_l7_affine_18 n1_l9_affine_eq_1 0.37082940340042114 n1_l9_affine_eq_2 -0.16877709329128265
    n1_l7_affine_18 n1_l9_affine_eq_3 0.08739335089921951 n1_l9_affine_eq_4 0.296671986579895
    n1_l7_affine_18 n1_l9_affine_eq_5 0.03650392219424248 n1_l9_affine_eq_6 -0.30637189745903015
    n1_l7_affine_18 n1_l9_affine_eq_7 -0.5171165466308594 n1_l9_affine_eq_8 -0.24067498743534088
    n1_l7_affine_18 n1_l9_affine_eq_9 -0.3507816791534424 n1_l9_affine_eq_10 -0.384634792804718
    n1_l7_affine_18 n1_l9_affine_eq_11 0.045258596539497375 n1_l9_affine_eq_12 -0.34775805473327637
    n1_l7_affine_18 n1_l9_affine_eq_13 -0.3296796381473541 n1_l9_affine_eq_14 0.19051775336265564
    n1_l7_affine_18 n1_l9_affine_eq_15 0.3370092809200287 n1_l9_affine_eq_16 -0.10371170938014984
    n1_l7_affine_18 n1_l9_affine_eq_17 0.1244230568408966 n1_l9_affine_eq_18 0.21560503542423248
    n1_l7_affine_18 n1_l9_affine_eq_19 -0.08129312098026276
    n1_l7_affine_19 n1_l7_affine_eq_19 1
    n1_l7_affine_20 n1_l7_affine_eq_20 1 n1_l9_affine_eq_0 -0.3922344148159027
    n1_l7_affine_20 n1_l9_affine_eq_1 0.18736790120601654 n1_l9_affine_eq_2 -0.08813995122909546
    n1_l7_affine_20 n1_l9_affine_eq_3 0.1289350837469101 n1_l9_affine_eq_4 -0.08797494322061539
    n1_l7_affine_20 n1_l9_affine_eq_5 -0.12172924727201462 n1_l9_affine_eq_6 0.1311739981174469
    n1_l7_affine_20 n1_l9_affine_eq_7 -0.3490806519985199 n1_l9_affine_eq_8 -0.0688973069190979
    n1_l7_affine_20 n1_l9_affine_eq_9 -0.13528145849704742 n1_l9_affine_eq_10 -0.14890094101428986
    n1_l7_affine_20 n1_l9_affine_eq_11 -0.19034580886363983 n1_l9_affine_eq_12 0.034749533981084824
    n1_l7_affine_20 n1_l9_affine_eq_13 0.2852322459220886 n1_l9_affine_eq_14 0.18980711698532104
    n1_l7_affine_20 n1_l9_affine_eq_15 -0.21409043669700623 n1_l9_affine_eq_16 0.16198095679283142
    n1_l7_affine_20 n1_l9_affine_eq_17 -0.42370879650115967 n1_l9_affine_eq_18 -0.23259085416793823
    n1_l7_affine_20 n1_l9_affine_eq_19 -0.2566828429698944
    n1_l7_affine_21 n1_l7_affine_eq_21 1
    n1_l7_affine_22 n1_l7_affine_eq_22 1 n1_l9_affine_eq_0 -0.19984368979930878
    n1_l7_affine_22 n1_l9_affine_eq_1 0.02033170312643051 n1_l9_affine_eq_2 0.12693025171756744
    n1_l7_affine_22 n1_l9_affine_eq_3 -0.22040365636348724 n1_l9_affine_eq_4 -0.3334007263183594
    n1_l7_affine_22 n1_l9_affine_eq_5 0.06177141144871712 n1_l9_affine_eq_6 -0.30008581280708313
    n1_l7_affine_22 n1_l9_affine_eq_7 -0.3026542365550995 n1_l9_affine_eq_8 0.1242523118853569
    n1_l7_affine_22 n1_l9_affine_eq_9 -0.2652999460697174 n1_l9_affine_eq_10 -0.0974254310131073
    n1_l7_affine_22 n1_l9_affine_eq_11 -0.26293009519577026 n1_l9_affine_eq_12 0.057978738099336624
    n1_l7_affine_22 n1_l9_affine_eq_13 -0.2630099356174469 n1_l9_affine_eq_14 0.2705002725124359
    n1_l7_affine_22 n1_l9_affine_eq_15 0.1310131996870041 n1_l9_affine_eq_16 -0.0057731023989617825
    n1_l7_affine_22 n1_l9_affine_eq_17 -0.10991544276475906 n1_l9_affine_eq_18 -0.28276580572128296
    n1_l7_affine_22 n1_l9_affine_eq_19 -0.3588699400424957
    n1_l7_affine_23 n1_l7_affine_eq_23 1 n1_l9_affine_eq_0 -0.10314271599054337
    n1_l7_affine_23 n1_l9_affine_eq_1 -0.09775104373693466 n1_l9_affine_eq_2 0.10154182463884354
    n1_l7_affine_23 n1_l9_affine_eq_3 -0.032320912927389145 n1_l9_affine_eq_4 -0.3311724364757538
    n1_l7_affine_23 n1_l9_affine_eq_5 0.44884324073791504 n1_l9_affine_eq_6 -0.05629756301641464
    n1_l7_affine_23 n1_l9_affine_eq_7 -0.396465539932251 n1_l9_affine_eq_8 -0.5761595964431763
    n1_l7_affine_23 n1_l9_affine_eq_9 0.10413588583469391 n1_l9_affine_eq_10 0.23235446214675903
    n1_l7_affine_23 n1_l9_affine_eq_11 0.1393166482448578 n1_l9_affine_eq_12 0.3059917986392975
    n1_l7_affine_23 n1_l9_affine_eq_13 0.28626471757888794 n1_l9_affine_eq_14 0.4158466160297394
    n1_l7_affine_23 n1_l9_affine_eq_15 -0.3981500267982483 n1_l9_affine_eq_16 -0.010587071999907494
    n1_l7_affine_23 n1_l9_affine_eq_17 -0.2205791473388672 n1_l9_affine_eq_18 -0.4609951376914978
    n1_l7_affine_23 n1_l9_affine_eq_19 -0.5422218441963196
    n1_l7_affine_24 n1_l7_affine_eq_24 1
    n1_l7_affine_25 n1_l7_affine_eq_25 1
    n1_l7_affine_26 n1_l7_affine_eq_26 1 n1_l9_affine_eq_0 -0.1109398677945137
    n1_l7_affine_26 n1_l9_affine_eq_1 -0.1779547929763794 n1_l9_affine_eq_2 -0.13368885219097137
    n1_l7_affine_26 n1_l9_affine_eq_3 -0.09702709317207336 n1_l9_affine_eq_4 0.211578369140625
    n1_l7_affine_26 n1_l9_affine_eq_5 -0.46386095881462097 n1_l9_affine_eq_6 0.11541301757097244
    n1_l7_affine_26 n1_l9_affine_eq_7 0.2344239205121994 n1_l9_affine_eq_8 0.24198363721370697
    n1_l7_affine_26 n1_l9_affine_eq_9 -0.03602556511759758 n1_l9_affine_eq_10 0.3817412555217743
    n1_l7_affine_26 n1_l9_affine_eq_11 0.259964257478714 n1_l9_affine_eq_12 -0.18388159573078156
    n1_l7_affine_26 n1_l9_affine_eq_13 -0.44846269488334656 n1_l9_affine_eq_14 -0.11791777610778809
    n1_l7_affine_26 n1_l9_affine_eq_15 -0.4530075490474701 n1_l9_affine_eq_16 0.5171924233436584
    n1_l7_affine_26 n1_l9_affine_eq_17 0.17086459696292877 n1_l9_affine_eq_18 -0.13161839544773102
    n1_l7_affine_26 n1_l9_affine_eq_19 -0.0023508232552558184
    n1_l7_affine_27 n1_l7_affine_eq_27 1 n1_l8_relu_ge_27 -1
    n1_l7_affine_27 n1_l8_relu_off_27 -1
    n1_l7_affine_28 n1_l7_affine_eq_28 1
    n1_l7_affine_29 n1_l7_affine_eq_29 1 n1_l9_affine_eq_0 0.44373399019241333
    n1_l7_affine_29 n1_l9_affine_eq_1 -0.37489908933639526 n1_l9_affine_eq_2 -0.02731606736779213
    n1_l7_affine_29 n1_l9_affine_eq_3 -0.11681864410638809 n1_l9_affine_eq_4 -0.18174044787883759
    n1_l7_affine_29 n1_l9_affine_eq_5 0.18113423883914948 n1_l9_affine_eq_6 0.3392156958580017
    n1_l7_affine_29 n1_l9_affine_eq_7 0.2521531581878662 n1_l9_affine_eq_8 0.12608496844768524
    n1_l7_affine_29 n1_l9_affine_eq_9 0.0802680030465126 n1_l9_affine_eq_10 -0.558009684085846
    n1_l7_affine_29 n1_l9_affine_eq_11 -0.11861346662044525 n1_l9_affine_eq_12 0.04799828678369522
    n1_l7_affine_29 n1_l9_affine_eq_13 0.13497571647167206 n1_l9_affine_eq_14 -0.07226090878248215
    n1_l7_affine_29 n1_l9_affine_eq_15 0.3643241226673126 n1_l9_affine_eq_16 0.2672223150730133
    n1_l7_affine_29 n1_l9_affine_eq_17 -0.3692857325077057 n1_l9_affine_eq_18 -0.044119980186223984
    n1_l7_affine_29 n1_l9_affine_eq_19 -0.044291239231824875
    n1_l7_affine_30 n1_l7_affine_eq_30 1 n1_l9_affine_eq_0 0.12989357113838196
    n1_l7_affine_30 n1_l9_affine_eq_1 0.20318996906280518 n1_l9_affine_eq_2 0.3132381737232208
    n1_l7_affine_30 n1_l9_affine_eq_3 0.25207191705703735 n1_l9_affine_eq_4 -0.6342031955718994
    n1_l7_affine_30 n1_l9_affine_eq_5 0.3126009702682495 n1_l9_affine_eq_6 0.1869347244501114
    n1_l7_affine_30 n1_l9_affine_eq_7 -0.3652759790420532 n1_l9_affine_eq_8 0.25958552956581116
    n1_l7_affine_30 n1_l9_affine_eq_9 -0.36446982622146606 n1_l9_affine_eq_10 0.1188894584774971
    n1_l7_affine_30 n1_l9_affine_eq_11 0.16780439019203186 n1_l9_affine_eq_12 -0.2991234362125397
    n1_l7_affine_30 n1_l9_affine_eq_13 -0.39734384417533875 n1_l9_affine_eq_14 -0.2242075502872467
    n1_l7_affine_30 n1_l9_affine_eq_15 0.023847069591283798 n1_l9_affine_eq_16 0.07039937376976013
    n1_l7_affine_30 n1_l9_affine_eq_17 -0.26505953073501587 n1_l9_affine_eq_18 0.14847920835018158
    n1_l7_affine_30 n1_l9_affine_eq_19 -0.09611420333385468
    n1_l7_affine_31 n1_l7_affine_eq_31 1
    n1_l7_affine_32 n1_l7_affine_eq_32 1 n1_l9_affine_eq_0 -0.22619429230690002
    n1_l7_affine_32 n1_l9_affine_eq_1 0.1774020493030548 n1_l9_affine_eq_2 0.35654371976852417
    n1_l7_affine_32 n1_l9_affine_eq_3 -0.5070803165435791 n1_l9_affine_eq_4 0.03055485524237156
    n1_l7_affine_32 n1_l9_affine_eq_5 0.4052664041519165 n1_l9_affine_eq_6 -0.3125028908252716
    n1_l7_affine_32 n1_l9_affine_eq_7 -0.10090407729148865 n1_l9_affine_eq_8 -0.17452877759933472
    n1_l7_affine_32 n1_l9_affine_eq_9 -0.4500446617603302 n1_l9_affine_eq_10 0.016812151297926903
    n1_l7_affine_32 n1_l9_affine_eq_11 0.16155678033828735 n1_l9_affine_eq_12 -0.05958759784698486
    n1_l7_affine_32 n1_l9_affine_eq_13 0.20125257968902588 n1_l9_affine_eq_14 -0.1332009881734848
    n1_l7_affine_32 n1_l9_affine_eq_15 -0.1257532238960266 n1_l9_affine_eq_16 -0.05230560898780823
    n1_l7_affine_32 n1_l9_affine_eq_17 -0.10008643567562103 n1_l9_affine_eq_18 0.2211264818906784
    n1_l7_affine_32 n1_l9_affine_eq_19 -0.25653621554374695
    n1_l7_affine_33 n1_l7_affine_eq_33 1
    n1_l7_affine_34 n1_l7_affine_eq_34 1
    n1_l7_affine_35 n1_l7_affine_eq_35 1 n1_l8_relu_ge_35 -1
    n1_l7_affine_35 n1_l8_relu_off_35 -1
    n1_l7_affine_36 n1_l7_affine_eq_36 1 n1_l9_affine_eq_0 -0.2718093693256378
    n1_l7_affine_36 n1_l9_affine_eq_1 -0.3984414041042328 n1_l9_affine_eq_2 0.04032839462161064
    n1_l7_affine_36 n1_l9_affine_eq_3 -0.1714068502187729 n1_l9_affine_eq_4 0.13266804814338684
    n1_l7_affine_36 n1_l9_affine_eq_5 -0.2658175230026245 n1_l9_affine_eq_6 -0.16079120337963104
    n1_l7_affine_36 n1_l9_affine_eq_7 0.2172859013080597 n1_l9_affine_eq_8 -0.3495388627052307
    n1_l7_affine_36 n1_l9_affine_eq_9 -0.033056944608688354 n1_l9_affine_eq_10 -0.3315238058567047
    n1_l7_affine_36 n1_l9_affine_eq_11 0.1440902203321457 n1_l9_affine_eq_12 -0.3838632106781006
    n1_l7_affine_36 n1_l9_affine_eq_13 0.21837656199932098 n1_l9_affine_eq_14 -0.48339080810546875
    n1_l7_affine_36 n1_l9_affine_eq_15 -0.2735467255115509 n1_l9_affine_eq_16 -0.13838927447795868
    n1_l7_affine_36 n1_l9_affine_eq_17 -0.05122785642743111 n1_l9_affine_eq_18 -0.13119229674339294
    n1_l7_affine_36 n1_l9_affine_eq_19 -0.2308616191148758
    n1_l7_affine_37 n1_l7_affine_eq_37 1
    n1_l7_affine_38 n1_l7_affine_eq_38 1 n1_l9_affine_eq_0 -0.30894705653190613
    n1_l7_affine_38 n1_l9_affine_eq_1 -0.0909685343503952 n1_l9_affine_eq_2 0.22435809671878815
    n1_l7_affine_38 n1_l9_affine_eq_3 0.34833377599716187 n1_l9_affine_eq_4 -0.027669914066791534
    n1_l7_affine_38 n1_l9_affine_eq_5 0.2301473170518875 n1_l9_affine_eq_6 0.027987366542220116
    n1_l7_affine_38 n1_l9_affine_eq_7 0.08927298337221146 n1_l9_affine_eq_8 -0.039339397102594376
    n1_l7_affine_38 n1_l9_affine_eq_9 -0.28419825434684753 n1_l9_affine_eq_10 -0.03018011711537838
    n1_l7_affine_38 n1_l9_affine_eq_11 0.13760825991630554 n1_l9_affine_eq_12 -0.40256041288375854
    n1_l7_affine_38 n1_l9_affine_eq_13 -0.3940494656562805 n1_l9_affine_eq_14 0.23094698786735535
    n1_l7_affine_38 n1_l9_affine_eq_15 0.2463238686323166 n1_l9_affine_eq_16 -0.18931247293949127
    n1_l7_affine_38 n1_l9_affine_eq_17 0.04802440479397774 n1_l9_affine_eq_18 0.17888286709785461
    n1_l7_affine_38 n1_l9_affine_eq_19 0.16574139893054962
    n1_l7_affine_39 n1_l7_affine_eq_39 1
    n1_l8_relu_13 n1_l8_relu_ge_13 1 n1_l8_relu_on_13 1
    n1_l8_relu_13 n1_l8_relu_off_13 1 n1_l9_affine_eq_0 -0.03489242494106293
    n1_l8_relu_13 n1_l9_affine_eq_1 -0.17183008790016174 n1_l9_affine_eq_2 0.02758856676518917
    n1_l8_relu_13 n1_l9_affine_eq_3 -0.17112021148204803 n1_l9_affine_eq_4 -0.1878689080476761
    n1_l8_relu_13 n1_l9_affine_eq_5 -0.515256404876709 n1_l9_affine_eq_6 -0.326605886220932
    n1_l8_relu_13 n1_l9_affine_eq_7 -0.46534255146980286 n1_l9_affine_eq_8 -0.2585563063621521
    n1_l8_relu_13 n1_l9_affine_eq_9 -0.01746082305908203 n1_l9_affine_eq_10 -0.41170209646224976
    n1_l8_relu_13 n1_l9_affine_eq_11 0.32305967807769775 n1_l9_affine_eq_12 0.30176636576652527
    n1_l8_relu_13 n1_l9_affine_eq_13 -0.2259823977947235 n1_l9_affine_eq_14 -0.2583807706832886
    n1_l8_relu_13 n1_l9_affine_eq_15 -0.12065467238426208 n1_l9_affine_eq_16 -0.3994706869125366
    n1_l8_relu_13 n1_l9_affine_eq_17 -0.25251078605651855 n1_l9_affine_eq_18 -0.2674248218536377
    n1_l8_relu_13 n1_l9_affine_eq_19 0.2639775574207306
    MARKER 'MARKER' 'INTORG'
    n1_l8_relu_d_13 n1_l8_relu_on_13 -0.15735739412281396 n1_l8_relu_off_13 0.40491113186857497
    MARKER 'MARKER' 'INTEND'
    n1_l8_relu_15 n1_l8_relu_ge_15 1 n1_l8_relu_on_15 1
    n1_l8_relu_15 n1_l8_relu_off_15 1 n1_l9_affine_eq_0 -0.44716113805770874
    n1_l8_relu_15 n1_l9_affine_eq_1 -0.10469213873147964 n1_l9_affine_eq_2 0.24796663224697113
    n1_l8_relu_15 n1_l9_affine_eq_3 0.012471658177673817 n1_l9_affine_eq_4 -0.24167972803115845
    n1_l8_relu_15 n1_l9_affine_eq_5 -0.5536506175994873 n1_l9_affine_eq_6 -0.38384655117988586
    n1_l8_relu_15 n1_l9_affine_eq_7 0.11114226281642914 n1_l9_affine_eq_8 0.03185243159532547
    n1_l8_relu_15 n1_l9_affine_eq_9 -0.26855769753456116 n1_l9_affine_eq_10 0.1729261875152588
    n1_l8_relu_15 n1_l9_affine_eq_11 -0.1602322906255722 n1_l9_affine_eq_12 -0.052962593734264374
    n1_l8_relu_15 n1_l9_affine_eq_13 0.45442432165145874 n1_l9_affine_eq_14 -0.03356640413403511
    n1_l8_relu_15 n1_l9_affine_eq_15 0.1444634646177292 n1_l9_affine_eq_16 -0.07284562289714813
    n1_l8_relu_15 n1_l9_affine_eq_17 -0.41761812567710876 n1_l9_affine_eq_18 -0.48188143968582153
    n1_l8_relu_15 n1_l9_affine_eq_19 0.21350978314876556
    MARKER 'MARKER' 'INTORG'
    n1_l8_relu_d_15 n1_l8_relu_on_15 -0.5371260816867148 n1_l8_relu_off_15 0.21465923715102483
    MARKER 'MARKER' 'INTEND'
    n1_l8_relu_27 n1_l8_relu_ge_27 1 n1_l8_relu_on_27 1
    n1_l8_relu_27 n1_l8_relu_off_27 1 n1_l9_affine_eq_0 0.2801192104816437
    n1_l8_relu_27 n1_l9_affine_eq_1 0.21901868283748627 n1_l9_affine_eq_2 -0.19196835160255432
    n1_l8_relu_27 n1_l9_affine_eq_3 0.17631793022155762 n1_l9_affine_eq_4 -0.31831613183021545
    n1_l8_relu_27 n1_l9_affine_eq_5 0.031352750957012177 n1_l9_affine_eq_6 0.10875655710697174
    n1_l8_relu_27 n1_l9_affine_eq_7 0.24864813685417175 n1_l9_affine_eq_8 0.3026241064071655
    n1_l8_relu_27 n1_l9_affine_eq_9 0.044882938265800476 n1_l9_affine_eq_10 -0.0064439186826348305
    n1_l8_relu_27 n1_l9_affine_eq_11 -0.30246224999427795 n1_l9_affine_eq_12 0.23959071934223175
    n1_l8_relu_27 n1_l9_affine_eq_13 -0.3324314057826996 n1_l9_affine_eq_14 -0.14487943053245544
    n1_l8_relu_27 n1_l9_affine_eq_15 -0.16482074558734894 n1_l9_affine_eq_16 -0.33118703961372375
    n1_l8_relu_27 n1_l9_affine_eq_17 0.0978303849697113 n1_l9_affine_eq_18 0.03300100192427635
    n1_l8_relu_27 n1_l9_affine_eq_19 -0.16913022100925446
    MARKER 'MARKER' 'INTORG'
    n1_l8_relu_d_27 n1_l8_relu_on_27 -0.3020436983663277 n1_l8_relu_off_27 0.011085718288864664
    MARKER 'MARKER' 'INTEND'
    n1_l8_relu_35 n1_l8_relu_ge_35 1 n1_l8_relu_on_35 1
    n1_l8_relu_35 n1_l8_relu_off_35 1 n1_l9_affine_eq_0 -0.13602395355701447
    n1_l8_relu_35 n1_l9_affine_eq_1 0.3173777759075165 n1_l9_affine_eq_2 -0.41636061668395996
    n1_l8_relu_35 n1_l9_affine_eq_3 -0.4263582229614258 n1_l9_affine_eq_4 -0.23670005798339844
    n1_l8_relu_35 n1_l9_affine_eq_5 0.03196778893470764 n1_l9_affine_eq_6 0.034824833273887634
    n1_l8_relu_35 n1_l9_affine_eq_7 0.3988969922065735 n1_l9_affine_eq_8 -0.37746256589889526
    n1_l8_relu_35 n1_l9_affine_eq_9 -0.296809583902359 n1_l9_affine_eq_10 0.028248867020010948
    n1_l8_relu_35 n1_l9_affine_eq_11 0.11987274885177612 n1_l9_affine_eq_12 -0.4163961708545685
    n1_l8_relu_35 n1_l9_affine_eq_13 0.026278000324964523 n1_l9_affine_eq_14 0.17451219260692596
    n1_l8_relu_35 n1_l9_affine_eq_15 0.47816959023475647 n1_l9_affine_eq_16 -0.5272120237350464
    n1_l8_relu_35 n1_l9_affine_eq_17 0.32770922780036926 n1_l9_affine_eq_18 0.1270356923341751
    n1_l8_relu_35 n1_l9_affine_eq_19 0.3351151645183563
    MARKER 'MARKER' 'INTORG'
    n1_l8_relu_d_35 n1_l8_relu_on_35 -0.1530013250249163 n1_l8_relu_off_35 0.3282073109276813
    MARKER 'MARKER' 'INTEND'
    n1_l9_affine_0 n1_l9_affine_eq_0 1 n1_l10_relu_ge_0 -1
    n1_l9_affine_0 n1_l10_relu_off_0 -1
    n1_l9_affine_1 n1_l9_affine_eq_1 1 n1_l10_relu_ge_1 -1
    n1_l9_affine_1 n1_l10_relu_off_1 -1
    n1_l9_affine_2 n1_l9_affine_eq_2 1
    n1_l9_affine_3 n1_l9_affine_eq_3 1
    n1_l9_affine_4 n1_l9_affine_eq_4 1 n1_l11_affine_eq_0 0.47580084204673767
    n1_l9_affine_4 n1_l11_affine_eq_1 -0.4491419792175293 n1_l11_affine_eq_2 -0.15992465615272522
    n1_l9_affine_4 n1_l11_affine_eq_3 -0.48782879114151 n1_l11_affine_eq_4 0.16268952190876007
    n1_l9_affine_4 n1_l11_affine_eq_5 0.05139155685901642 n1_l11_affine_eq_6 0.7099702954292297
    n1_l9_affine_4 n1_l11_affine_eq_7 -0.27209725975990295 n1_l11_affine_eq_8 -0.14475658535957336
    n1_l9_affine_4 n1_l11_affine_eq_9 0.4576592743396759
    n1_l9_affine_5 n1_l9_affine_eq_5 1 n1_l10_relu_ge_5 -1
    n1_l9_affine_5 n1_l10_relu_off_5 -1
    n1_l9_affine_6 n1_l9_affine_eq_6 1
    n1_l9_affine_7 n1_l9_affine_eq_7 1 n1_l11_affine_eq_0 0.7758778929710388
    n1_l9_affine_7 n1_l11_affine_eq_1 -0.5099619030952454 n1_l11_affine_eq_2 0.2529078722000122
    n1_l9_affine_7 n1_l11_affine_eq_3 0.2749451994895935 n1_l11_affine_eq_4 0.12646140158176422
    n1_l9_affine_7 n1_l11_affine_eq_5 -0.1964823454618454 n1_l11_affine_eq_6 0.2299785315990448
    n1_l9_affine_7 n1_l11_affine_eq_7 -0.5628247261047363 n1_l11_affine_eq_8 -0.07758019119501114
    n1_l9_affine_7 n1_l11_affine_eq_9 -0.1869000643491745
    n1_l9_affine_8 n1_l9_affine_eq_8 1
    n1_l9_affine_9 n1_l9_affine_eq_9 1 n1_l11_affine_eq_0 0.7666580677032471
    n1_l9_affine_9 n1_l11_affine_eq_1 -0.4430578947067261 n1_l11_affine_eq_2 -0.21931171417236328
    n1_l9_affine_9 n1_l11_affine_eq_3 -0.2075142115354538 n1_l11_affine_eq_4 0.02510767988860607
    n1_l9_affine_9 n1_l11_affine_eq_5 0.5442866086959839 n1_l11_affine_eq_6 0.37081608176231384
    n1_l9_affine_9 n1_l11_affine_eq_7 0.15578056871891022 n1_l11_affine_eq_8 -0.1184014230966568
    n1_l9_affine_9 n1_l11_affine_eq_9 0.4391157031059265
    n1_l9_affine_10 n1_l9_affine_eq_10 1 n1_l11_affine_eq_0 -0.06631887704133987
    n1_l9_affine_10 n1_l11_affine_eq_1 -0.5518448352813721 n1_l11_affine_eq_2 0.15556500852108002
    n1_l9_affine_10 n1_l11_affine_eq_3 0.31668105721473694 n1_l11_affine_eq_4 0.0238056480884552
    n1_l9_affine_10 n1_l11_affine_eq_5 0.6822741031646729 n1_l11_affine_eq_6 -0.41248244047164917
    n1_l9_affine_10 n1_l11_affine_eq_7 0.09314671903848648 n1_l11_affine_eq_8 -0.34376633167266846
    n1_l9_affine_10 n1_l11_affine_eq_9 -0.37420371174812317
    n1_l9_affine_11 n1_l9_affine_eq_11 1
    n1_l9_affine_12 n1_l9_affine_eq_12 1 n1_l11_affine_eq_0 -0.3014970123767853
    n1_l9_affine_12 n1_l11_affine_eq_1 0.04330652207136154 n1_l11_affine_eq_2 -0.5270105004310608
    n1_l9_affine_12 n1_l11_affine_eq_3 -0.01962614431977272 n1_l11_affine_eq_4 -0.13150867819786072
    n1_l9_affine_12 n1_l11_affine_eq_5 -0.2330321967601776 n1_l11_affine_eq_6 -0.6042139530181885
    n1_l9_affine_12 n1_l11_affine_eq_7 0.19443678855895996 n1_l11_affine_eq_8 0.07520562410354614
    n1_l9_affine_12 n1_l11_affine_eq_9 0.6183604001998901
    n1_l9_affine_13 n1_l9_affine_eq_13 1 n1_l11_affine_eq_0 0.0359746553003788
    n1_l9_affine_13 n1_l11_affine_eq_1 0.1758749634027481 n1_l11_affine_eq_2 -0.12382610142230988
    n1_l9_affine_13 n1_l11_affine_eq_3 0.5356845259666443 n1_l11_affine_eq_4 0.19117441773414612
    n1_l9_affine_13 n1_l11_affine_eq_5 0.30093950033187866 n1_l11_affine_eq_6 0.5331535935401917
    n1_l9_affine_13 n1_l11_affine_eq_7 -0.3969242572784424 n1_l11_affine_eq_8 0.43135443329811096
    n1_l9_affine_13 n1_l11_affine_eq_9 0.2929167151451111
    n1_l9_affine_14 n1_l9_affine_eq_14 1 n1_l11_affine_eq_0 -0.5047113299369812
    n1_l9_affine_14 n1_l11_affine_eq_1 0.8106181621551514 n1_l11_affine_eq_2 -0.4687751531600952
    n1_l9_affine_14 n1_l11_affine_eq_3 0.4505061209201813 n1_l11_affine_eq_4 -0.02784956991672516
    n1_l9_affine_14 n1_l11_affine_eq_5 0.16178029775619507 n1_l11_affine_eq_6 0.2908538281917572
    n1_l9_affine_14 n1_l11_affine_eq_7 0.2539568543434143 n1_l11_affine_eq_8 -0.19315005838871002
    n1_l9_affine_14 n1_l11_affine_eq_9 -0.3542924225330353
    n1_l9_affine_15 n1_l9_affine_eq_15 1 n1_l11_affine_eq_0 0.31941160559654236
    n1_l9_affine_15 n1_l11_affine_eq_1 0.19324900209903717 n1_l11_affine_eq_2 -0.276592493057251
    n1_l9_affine_15 n1_l11_affine_eq_3 -0.32577842473983765 n1_l11_affine_eq_4 0.17307505011558533
    n1_l9_affine_15 n1_l11_affine_eq_5 -0.3378917872905731 n1_l11_affine_eq_6 0.5831625461578369
    n1_l9_affine_15 n1_l11_affine_eq_7 -0.12386584281921387 n1_l11_affine_eq_8 0.22931194305419922
    n1_l9_affine_15 n1_l11_affine_eq_9 -0.3055064380168915
    n1_l9_affine_16 n1_l9_affine_eq_16 1
    n1_l9_affine_17 n1_l9_affine_eq_17 1 n1_l11_affine_eq_0 -0.2876271605491638
    n1_l9_affine_17 n1_l11_affine_eq_1 -0.26941749453544617 n1_l11_affine_eq_2 -0.1405297964811325
    n1_l9_affine_17 n1_l11_affine_eq_3 -0.13781024515628815 n1_l11_affine_eq_4 0.5442977547645569
    n1_l9_affine_17 n1_l11_affine_eq_5 -0.41213780641555786 n1_l11_affine_eq_6 -0.2920285165309906
    n1_l9_affine_17 n1_l11_affine_eq_7 0.6551563143730164 n1_l11_affine_eq_8 -0.37498947978019714
    n1_l9_affine_17 n1_l11_affine_eq_9 0.3433173894882202
    n1_l9_affine_18 n1_l9_affine_eq_18 1
    n1_l9_affine_19 n1_l9_affine_eq_19 1 n1_l11_affine_eq_0 0.4671211540699005
    n1_l9_affine_19 n1_l11_affine_eq_1 -0.5024784803390503 n1_l11_affine_eq_2 0.23365281522274017
    n1_l9_affine_19 n1_l11_affine_eq_3 -0.47581321001052856 n1_l11_affine_eq_4 0.43228358030319214
    n1_l9_affine_19 n1_l11_affine_eq_5 -0.13786274194717407 n1_l11_affine_eq_6 0.3047768771648407
    n1_l9_affine_19 n1_l11_affine_eq_7 -0.23898901045322418 n1_l11_affine_eq_8 0.6666232347488403
    n1_l9_affine_19 n1_l11_affine_eq_9 -0.21921303868293762
    n1_l10_relu_0 n1_l10_relu_ge_0 1 n1_l10_relu_on_0 1
    n1_l10_relu_0 n1_l10_relu_off_0 1 n1_l11_affine_eq_0 -0.07768812775611877
    n1_l10_relu_0 n1_l11_affine_eq_1 0.1410171091556549 n1_l11_affine_eq_2 -0.29556697607040405
    n1_l10_relu_0 n1_l11_affine_eq_3 -0.4307895004749298 n1_l11_affine_eq_4 -0.29807421565055847
    n1_l10_relu_0 n1_l11_affine_eq_5 -0.42029696702957153 n1_l11_affine_eq_6 -0.35569319128990173
    n1_l10_relu_0 n1_l11_affine_eq_7 0.19497498869895935 n1_l11_affine_eq_8 -0.3599519729614258
    n1_l10_relu_0 n1_l11_affine_eq_9 -0.09124647080898285
    MARKER 'MARKER' 'INTORG'
    n1_l10_relu_d_0 n1_l10_relu_on_0 -0.32805292804322483 n1_l10_relu_off_0 0.38486872296578256
    MARKER 'MARKER' 'INTEND'
    n1_l10_relu_1 n1_l10_relu_ge_1 1 n1_l10_relu_on_1 1
    n1_l10_relu_1 n1_l10_relu_off_1 1 n1_l11_affine_eq_0 -0.5049782991409302
    n1_l10_relu_1 n1_l11_affine_eq_1 0.4444712996482849 n1_l11_affine_eq_2 0.4077443778514862
    n1_l10_relu_1 n1_l11_affine_eq_3 -0.2711814343929291 n1_l11_affine_eq_4 0.504393994808197
    n1_l10_relu_1 n1_l11_affine_eq_5 0.16286399960517883 n1_l11_affine_eq_6 -0.23962979018688202
    n1_l10_relu_1 n1_l11_affine_eq_7 0.03842353820800781 n1_l11_affine_eq_8 0.036950964480638504
    n1_l10_relu_1 n1_l11_affine_eq_9 -0.008669554255902767
    MARKER 'MARKER' 'INTORG'
    n1_l10_relu_d_1 n1_l10_relu_on_1 -0.5522292321984784 n1_l10_relu_off_1 0.2386231913249232
    MARKER 'MARKER' 'INTEND'
    n1_l10_relu_5 n1_l10_relu_ge_5 1 n1_l10_relu_on_5 1
    n1_l10_relu_5 n1_l10_relu_off_5 1 n1_l11_affine_eq_0 -0.1928497701883316
    n1_l10_relu_5 n1_l11_affine_eq_1 0.6420605182647705 n1_l11_affine_eq_2 0.1508806198835373
    n1_l10_relu_5 n1_l11_affine_eq_3 -0.3812443017959595 n1_l11_affine_eq_4 -0.2825535833835602
    n1_l10_relu_5 n1_l11_affine_eq_5 0.0759357139468193 n1_l11_affine_eq_6 0.6708157658576965
    n1_l10_relu_5 n1_l11_affine_eq_7 -0.34525418281555176 n1_l11_affine_eq_8 -0.4973335266113281
    n1_l10_relu_5 n1_l11_affine_eq_9 -0.35664141178131104
    MARKER 'MARKER' 'INTORG'
    n1_l10_relu_d_5 n1_l10_relu_on_5 -0.3777026789671799 n1_l10_relu_off_5 0.9472778211934191
    MARKER 'MARKER' 'INTEND'
    n1_l11_affine_0 n1_l11_affine_eq_0 1
    n1_l11_affine_1 obj -1 n1_l11_affine_eq_1 1
    n1_l11_affine_2 obj 1 n1_l11_affine_eq_2 1
    n1_l11_affine_3 n1_l11_affine_eq_3 1
    n1_l11_affine_4 n1_l11_affine_eq_4 1
    n1_l11_affine_5 n1_l11_affine_eq_5 1
    n1_l11_affine_6 n1_l11_affine_eq_6 1
    n1_l11_affine_7 n1_l11_affine_eq_7 1
    n1_l11_affine_8 n1_l11_affine_eq_8 1
    n1_l11_affine_9 n1_l11_affine_eq_9 1
    n2_l1_affine_0 n2_l1_affine_eq_0 1
    n2_l1_affine_1 n2_l1_affine_eq_1 1
    n2_l1_affine_2 n2_l1_affine_eq_2 1 n2_l3_affine_eq_0 0.30881959199905396
    n2_l1_affine_2 n2_l3_affine_eq_1 0.8468732833862305 n2_l3_affine_eq_2 -0.8822070956230164
    n2_l1_affine_2 n2_l3_affine_eq_3 0.16701418161392212 n2_l3_affine_eq_4 0.20766164362430573
    n2_l1_affine_2 n2_l3_affine_eq_5 -0.04373275488615036 n2_l3_affine_eq_6 -0.3778081238269806
    n2_l1_affine_2 n2_l3_affine_eq_7 -0.3806409239768982 n2_l3_affine_eq_8 -0.20362873375415802
    n2_l1_affine_2 n2_l3_affine_eq_9 0.12085206061601639 n2_l3_affine_eq_10 -0.9500836133956909
    n2_l1_affine_2 n2_l3_affine_eq_11 -0.572228193283081 n2_l3_affine_eq_12 0.9611499309539795
    n2_l1_affine_2 n2_l3_affine_eq_13 0.4137616753578186 n2_l3_affine_eq_14 -0.10801324248313904
    n2_l1_affine_2 n2_l3_affine_eq_15 -0.2303590029478073 n2_l3_affine_eq_16 0.2942882776260376
    n2_l1_affine_2 n2_l3_affine_eq_17 -0.2287953644990921 n2_l3_affine_eq_18 -0.5321168303489685
    n2_l1_affine_2 n2_l3_affine_eq_19 0.47855281829833984 n2_l3_affine_eq_20 0.07922389358282089
    n2_l1_affine_2 n2_l3_affine_eq_21 -0.8561730980873108 n2_l3_affine_eq_22 -0.43320369720458984
    n2_l1_affine_2 n2_l3_affine_eq_23 -0.06946445256471634 n2_l3_affine_eq_24 -0.6799553036689758
    n2_l1_affine_2 n2_l3_affine_eq_25 0.8500531315803528 n2_l3_affine_eq_26 0.18607869744300842
    n2_l1_affine_2 n2_l3_affine_eq_27 -0.3249938488006592 n2_l3_affine_eq_28 0.19470827281475067
    n2_l1_affine_2 n2_l3_affine_eq_29 0.25184744596481323 n2_l3_affine_eq_30 -0.03580474480986595
    n2_l1_affine_2 n2_l3_affine_eq_31 0.3484337627887726 n2_l3_affine_eq_32 -0.7526071667671204
    n2_l1_affine_2 n2_l3_affine_eq_33 -0.168204665184021 n2_l3_affine_eq_34 0.33637627959251404
    n2_l1_affine_2 n2_l3_affine_eq_35 0.6774792671203613 n2_l3_affine_eq_36 0.6161477565765381
    n2_l1_affine_2 n2_l3_affine_eq_37 -0.6507437825202942 n2_l3_affine_eq_38 -0.19628573954105377
    n2_l1_affine_2 n2_l3_affine_eq_39 -0.6454071402549744
    n2_l1_affine_3 n2_l1_affine_eq_3 1 n2_l3_affine_eq_0 0.2504550516605377
    n2_l1_affine_3 n2_l3_affine_eq_1 -0.21150809526443481 n2_l3_affine_eq_2 -0.09050997346639633
    n2_l1_affine_3 n2_l3_affine_eq_3 -0.11718958616256714 n2_l3_affine_eq_4 0.061224985867738724
    n2_l1_affine_3 n2_l3_affine_eq_5 0.18121518194675446 n2_l3_affine_eq_6 -0.5052780508995056
    n2_l1_affine_3 n2_l3_affine_eq_7 -0.12370047718286514 n2_l3_affine_eq_8 -0.5661107897758484
    n2_l1_affine_3 n2_l3_affine_eq_9 0.4024028480052948 n2_l3_affine_eq_10 -0.11924222111701965
    n2_l1_affine_3 n2_l3_affine_eq_11 0.4580397605895996 n2_l3_affine_eq_12 0.045599330216646194
    n2_l1_affine_3 n2_l3_affine_eq_13 0.28743621706962585 n2_l3_affine_eq_14 -0.13336214423179626
    n2_l1_affine_3 n2_l3_affine_eq_15 0.2242937684059143 n2_l3_affine_eq_16 -0.2502049207687378
    n2_l1_affine_3 n2_l3_affine_eq_17 -0.7210269570350647 n2_l3_affine_eq_18 0.6463448405265808
    n2_l1_affine_3 n2_l3_affine_eq_19 0.008070745505392551 n2_l3_affine_eq_20 -0.2582729458808899
    n2_l1_affine_3 n2_l3_affine_eq_21 -0.10267527401447296 n2_l3_affine_eq_22 -0.18178845942020416
    n2_l1_affine_3 n2_l3_affine_eq_23 -0.5725235342979431 n2_l3_affine_eq_24 -0.14959977567195892
    n2_l1_affine_3 n2_l3_affine_eq_25 0.48762667179107666 n2_l3_affine_eq_26 0.26615476608276367
    n2_l1_affine_3 n2_l3_affine_eq_27 -0.46569111943244934 n2_l3_affine_eq_28 -0.3168947994709015
    n2_l1_affine_3 n2_l3_affine_eq_29 -0.06697431206703186 n2_l3_affine_eq_30 -0.21446241438388824
    n2_l1_affine_3 n2_l3_affine_eq_31 -0.0894741415977478 n2_l3_affine_eq_32 0.7874691486358643
    n2_l1_affine_3 n2_l3_affine_eq_33 -0.3670814335346222 n2_l3_affine_eq_34 -0.17280539870262146
    n2_l1_affine_3 n2_l3_affine_eq_35 -0.05636034905910492 n2_l3_affine_eq_36 0.443217009305954
    n2_l1_affine_3 n2_l3_affine_eq_37 -0.3916928470134735 n2_l3_affine_eq_38 0.5517772436141968
    n2_l1_affine_3 n2_l3_affine_eq_39 -0.34592822194099426
    n2_l1_affine_4 n2_l1_affine_eq_4 1
    n2_l1_affine_5 n2_l1_affine_eq_5 1
    n2_l1_affine_6 n2_l1_affine_eq_6 1 n2_l3_affine_eq_0 -0.2149868905544281
    n2_l1_affine_6 n2_l3_affine_eq_1 0.6464794874191284 n2_l3_affine_eq_2 -0.0431826077401638
    n2_l1_affine_6 n2_l3_affine_eq_3 -0.1464582234621048 n2_l3_affine_eq_4 -0.40260881185531616
    n2_l1_affine_6 n2_l3_affine_eq_5 -0.0016443933127447963 n2_l3_affine_eq_6 0.26085180044174194
    n2_l1_affine_6 n2_l3_affine_eq_7 -0.22104981541633606 n2_l3_affine_eq_8 0.13331174850463867
    n2_l1_affine_6 n2_l3_affine_eq_9 -0.8353007435798645 n2_l3_affine_eq_10 0.08864456415176392
    n2_l1_affine_6 n2_l3_affine_eq_11 1.0563091039657593 n2_l3_affine_eq_12 -0.057492394000291824
    n2_l1_affine_6 n2_l3_affine_eq_13 -0.0033269315026700497 n2_l3_affine_eq_14 0.3325808644294739
    n2_l1_affine_6 n2_l3_affine_eq_15 -0.587408185005188 n2_l3_affine_eq_16 0.23436684906482697
    n2_l1_affine_6 n2_l3_affine_eq_17 0.7109822034835815 n2_l3_affine_eq_18 -0.6777287721633911
    n2_l1_affine_6 n2_l3_affine_eq_19 0.1873430758714676 n2_l3_affine_eq_20 0.04885868728160858
    n2_l1_affine_6 n2_l3_affine_eq_21 0.3488020598888397 n2_l3_affine_eq_22 0.38379859924316406
    n2_l1_affine_6 n2_l3_affine_eq_23 0.84496009349823 n2_l3_affine_eq_24 0.44155004620552063
    n2_l1_affine_6 n2_l3_affine_eq_25 -0.2978614568710327 n2_l3_affine_eq_26 -0.11593891680240631
    n2_l1_affine_6 n2_l3_affine_eq_27 0.9316877722740173 n2_l3_affine_eq_28 -0.48728013038635254
    n2_l1_affine_6 n2_l3_affine_eq_29 -0.04168853536248207 n2_l3_affine_eq_30 0.13682131469249725
    n2_l1_affine_6 n2_l3_affine_eq_31 0.18824005126953125 n2_l3_affine_eq_32 0.16254200041294098
    n2_l1_affine_6 n2_l3_affine_eq_33 -0.6955655217170715 n2_l3_affine_eq_34 -0.4973214268684387
    n2_l1_affine_6 n2_l3_affine_eq_35 -0.324985146522522 n2_l3_affine_eq_36 -0.5464484095573425
    n2_l1_affine_6 n2_l3_affine_eq_37 0.8528841733932495 n2_l3_affine_eq_38 -0.30254843831062317
    n2_l1_affine_6 n2_l3_affine_eq_39 -0.0073293354362249374
    n2_l1_affine_7 n2_l1_affine_eq_7 1 n2_l2_relu_ge_7 -1
    n2_l1_affine_7 n2_l2_relu_off_7 -1
    n2_l1_affine_8 n2_l1_affine_eq_8 1 n2_l3_affine_eq_0 -0.3300848603248596
    n2_l1_affine_8 n2_l3_affine_eq_1 0.17994798719882965 n2_l3_affine_eq_2 -0.0017562336288392544
    n2_l1_affine_8 n2_l3_affine_eq_3 0.044984184205532074 n2_l3_affine_eq_4 -0.13084882497787476
    n2_l1_affine_8 n2_l3_affine_eq_5 -0.24803677201271057 n2_l3_affine_eq_6 0.17922572791576385
    n2_l1_affine_8 n2_l3_affine_eq_7 0.24964123964309692 n2_l3_affine_eq_8 -0.15817221999168396
    n2_l1_affine_8 n2_l3_affine_eq_9 -0.0686640739440918 n2_l3_affine_eq_10 -0.1461051106452942
    n2_l1_affine_8 n2_l3_affine_eq_11 -0.14899349212646484 n2_l3_affine_eq_12 0.8113685250282288
    n2_l1_affine_8 n2_l3_affine_eq_13 0.8396597504615784 n2_l3_affine_eq_14 -0.2746601700782776
    n2_l1_affine_8 n2_l3_affine_eq_15 0.4190910756587982 n2_l3_affine_eq_16 0.00604370329529047
    n2_l1_affine_8 n2_l3_affine_eq_17 0.17341573536396027 n2_l3_affine_eq_18 0.19155804812908173
    n2_l1_affine_8 n2_l3_affine_eq_19 0.5172126293182373 n2_l3_affine_eq_20 0.6108632683753967
    n2_l1_affine_8 n2_l3_affine_eq_21 0.7156816720962524 n2_l3_affine_eq_22 0.03214109688997269
    n2_l1_affine_8 n2_l3_affine_eq_23 -0.022904152050614357 n2_l3_affine_eq_24 0.5495715141296387
    n2_l1_affine_8 n2_l3_affine_eq_25 -0.17417407035827637 n2_l3_affine_eq_26 0.26361507177352905
    n2_l1_affine_8 n2_l3_affine_eq_27 0.014148430898785591 n2_l3_affine_eq_28 -0.0071617718786001205
    n2_l1_affine_8 n2_l3_affine_eq_29 0.30437564849853516 n2_l3_affine_eq_30 0.16391924023628235
    n2_l1_affine_8 n2_l3_affine_eq_31 0.30069684982299805 n2_l3_affine_eq_32 0.7475178241729736
    n2_l1_affine_8 n2_l3_affine_eq_33 -0.08946718275547028 n2_l3_affine_eq_34 -0.4474594295024872
    n2_l1_affine_8 n2_l3_affine_eq_35 0.13159209489822388 n2_l3_affine_eq_36 -0.11969538778066635
    n2_l1_affine_8 n2_l3_affine_eq_37 0.038893070071935654 n2_l3_affine_eq_38 -0.21265903115272522
    n2_l1_affine_8 n2_l3_affine_eq_39 0.5761770009994507
    n2_l1_affine_9 n2_l1_affine_eq_9 1
    n2_l1_affine_10 n2_l1_affine_eq_10 1
    n2_l1_affine_11 n2_l1_affine_eq_11 1
    n2_l1_affine_12 n2_l1_affine_eq_12 1 n2_l3_affine_eq_0 -0.16782218217849731
    n2_l1_affine_12 n2_l3_affine_eq_1 0.09050671011209488 n2_l3_affine_eq_2 0.32292085886001587
    n2_l1_affine_12 n2_l3_affine_eq_3 -0.5112210512161255 n2_l3_affine_eq_4 -0.33355236053466797
    n2_l1_affine_12 n2_l3_affine_eq_5 0.458042174577713 n2_l3_affine_eq_6 -0.34504789113998413
    n2_l1_affine_12 n2_l3_affine_eq_7 -0.1611442267894745 n2_l3_affine_eq_8 0.142035111784935
    n2_l1_affine_12 n2_l3_affine_eq_9 0.29334577918052673 n2_l3_affine_eq_10 0.042091865092515945
    n2_l1_affine_12 n2_l3_affine_eq_11 -0.062493208795785904 n2_l3_affine_eq_12 0.3645613491535187
    n2_l1_affine_12 n2_l3_affine_eq_13 0.014203749597072601 n2_l3_affine_eq_14 0.12553191184997559
    n2_l1_affine_12 n2_l3_affine_eq_15 -0.5063481330871582 n2_l3_affine_eq_16 -0.14973577857017517
    n2_l1_affine_12 n2_l3_affine_eq_17 0.10428459942340851 n2_l3_affine_eq_18 -0.0741165354847908
    n2_l1_affine_12 n2_l3_affine_eq_19 -0.0161410141736269 n2_l3_affine_eq_20 0.12496677041053772
    n2_l1_affine_12 n2_l3_affine_eq_21 0.2111474573612213 n2_l3_affine_eq_22 0.8075562119483948
    n2_l1_affine_12 n2_l3_affine_eq_23 0.09595251083374023 n2_l3_affine_eq_24 -0.6978793740272522
    n2_l1_affine_12 n2_l3_affine_eq_25 -0.04937025532126427 n2_l3_affine_eq_26 -0.1171712577342987
    n2_l1_affine_12 n2_l3_affine_eq_27 0.022794853895902634 n2_l3_affine_eq_28 0.657844066619873
    n2_l1_affine_12 n2_l3_affine_eq_29 -0.4010860025882721 n2_l3_affine_eq_30 0.13612531125545502
    n2_l1_affine_12 n2_l3_affine_eq_31 -0.25750732421875 n2_l3_affine_eq_32 0.5734047889709473
    n2_l1_affine_12 n2_l3_affine_eq_33 -0.40050360560417175 n2_l3_affine_eq_34 -0.4517069458961487
    n2_l1_affine_12 n2_l3_affine_eq_35 -0.2968462407588959 n2_l3_affine_eq_36 0.2926923334598541
    n2_l1_affine_12 n2_l3_affine_eq_37 0.3723285496234894 n2_l3_affine_eq_38 0.23782752454280853
    n2_l1_affine_12 n2_l3_affine_eq_39 -0.00711166113615036
    n2_l1_affine_13 n2_l1_affine_eq_13 1
    n2_l1_affine_14 n2_l1_affine_eq_14 1
    n2_l1_affine_15 n2_l1_affine_eq_15 1
    n2_l1_affine_16 n2_l1_affine_eq_16 1 n2_l3_affine_eq_0 0.1439264863729477
    n2_l1_affine_16 n2_l3_affine_eq_1 0.12784481048583984 n2_l3_affine_eq_2 0.28893420100212097
    n2_l1_affine_16 n2_l3_affine_eq_3 0.030053379014134407 n2_l3_affine_eq_4 -0.7279052138328552
    n2_l1_affine_16 n2_l3_affine_eq_5 -1.0881612300872803 n2_l3_affine_eq_6 0.3141428828239441
    n2_l1_affine_16 n2_l3_affine_eq_7 -1.0018621683120728 n2_l3_affine_eq_8 -0.5139208436012268
    n2_l1_affine_16 n2_l3_affine_eq_9 0.38349461555480957 n2_l3_affine_eq_10 -0.10756415873765945
    n2_l1_affine_16 n2_l3_affine_eq_11 0.56746906042099 n2_l3_affine_eq_12 -0.9398927092552185
    n2_l1_affine_16 n2_l3_affine_eq_13 -0.6989279389381409 n2_l3_affine_eq_14 0.15723247826099396
    n2_l1_affine_16 n2_l3_affine_eq_15 -0.47539132833480835 n2_l3_affine_eq_16 0.30914953351020813
    n2_l1_affine_16 n2_l3_affine_eq_17 -0.21623726189136505 n2_l3_affine_eq_18 -0.475725919008255
    n2_l1_affine_16 n2_l3_affine_eq_19 -0.7558296918869019 n2_l3_affine_eq_20 -0.31539762020111084
    n2_l1_affine_16 n2_l3_affine_eq_21 -0.3263568878173828 n2_l3_affine_eq_22 0.45664116740226746
    n2_l1_affine_16 n2_l3_affine_eq_23 -0.20902349054813385 n2_l3_affine_eq_24 -0.3041512668132782
    n2_l1_affine_16 n2_l3_affine_eq_25 0.3839695453643799 n2_l3_affine_eq_26 0.42025718092918396
    n2_l1_affine_16 n2_l3_affine_eq_27 0.01819281280040741 n2_l3_affine_eq_28 -0.2845825254917145
    n2_l1_affine_16 n2_l3_affine_eq_29 0.41955137252807617 n2_l3_affine_eq_30 0.28552529215812683
    n2_l1_affine_16 n2_l3_affine_eq_31 0.055007703602313995 n2_l3_affine_eq_32 -0.648264467716217
    n2_l1_affine_16 n2_l3_affine_eq_33 0.5207251906394958 n2_l3_affine_eq_34 -0.6243170499801636
    n2_l1_affine_16 n2_l3_affine_eq_35 -1.0012998580932617 n2_l3_affine_eq_36 0.03601868450641632
    n2_l1_affine_16 n2_l3_affine_eq_37 0.12095999717712402 n2_l3_affine_eq_38 0.2197335958480835
    n2_l1_affine_16 n2_l3_affine_eq_39 0.42371341586112976
    n2_l1_affine_17 n2_l1_affine_eq_17 1
    n2_l1_affine_18 n2_l1_affine_eq_18 1 n2_l3_affine_eq_0 -0.6191489696502686
    n2_l1_affine_18 n2_l3_affine_eq_1 -0.06724867224693298 n2_l3_affine_eq_2 0.454819917678833
    n2_l1_affine_18 n2_l3_affine_eq_3 -0.2766225039958954 n2_l3_affine_eq_4 0.5071793794631958
    n2_l1_affine_18 n2_l3_affine_eq_5 -0.32399776577949524 n2_l3_affine_eq_6 -0.31055405735969543
    n2_l1_affine_18 n2_l3_affine_eq_7 0.2896556556224823 n2_l3_affine_eq_8 0.5568867325782776
    n2_l1_affine_18 n2_l3_affine_eq_9 1.5049090385437012 n2_l3_affine_eq_10 -0.49018001556396484
    n2_l1_affine_18 n2_l3_affine_eq_11 -1.0431848764419556 n2_l3_affine_eq_12 0.22656026482582092
    n2_l1_affine_18 n2_l3_affine_eq_13 -0.27470898628234863 n2_l3_affine_eq_14 -0.45424091815948486
    n2_l1_affine_18 n2_l3_affine_eq_15 -0.5264235734939575 n2_l3_affine_eq_16 0.04774526506662369
    n2_l1_affine_18 n2_l3_affine_eq_17 0.16306482255458832 n2_l3_affine_eq_18 -0.45323556661605835
    n2_l1_affine_18 n2_l3_affine_eq_19 0.803843080997467 n2_l3_affine_eq_20 -0.0016724683810025454
    n2_l1_affine_18 n2_l3_affine_eq_21 -0.5717313289642334 n2_l3_affine_eq_22 -0.5611432194709778
    n2_l1_affine_18 n2_l3_affine_eq_23 0.1365935355424881 n2_l3_affine_eq_24 -0.01334069948643446
    n2_l1_affine_18 n2_l3_affine_eq_25 0.21904872357845306 n2_l3_affine_eq_26 0.5964257717132568
    n2_l1_affine_18 n2_l3_affine_eq_27 0.1982961893081665 n2_l3_affine_eq_28 1.03605055809021
    n2_l1_affine_18 n2_l3_affine_eq_29 -0.21173907816410065 n2_l3_affine_eq_30 -0.318121999502182
    n2_l1_affine_18 n2_l3_affine_eq_31 -0.34089651703834534 n2_l3_affine_eq_32 -0.4937992990016937
    n2_l1_affine_18 n2_l3_affine_eq_33 -0.002115875016897917 n2_l3_affine_eq_34 -0.6876253485679626
    n2_l1_affine_18 n2_l3_affine_eq_35 0.5048962831497192 n2_l3_affine_eq_36 0.07390928268432617
    n2_l1_affine_18 n2_l3_affine_eq_37 -0.41763126850128174 n2_l3_affine_eq_38 1.2387092113494873
    n2_l1_affine_18 n2_l3_affine_eq_39 -0.07284948974847794
    n2_l1_affine_19 n2_l1_affine_eq_19 1 n2_l3_affine_eq_0 0.4406503736972809
    n2_l1_affine_19 n2_l3_affine_eq_1 -0.09485818445682526 n2_l3_affine_eq_2 0.06937109678983688
    n2_l1_affine_19 n2_l3_affine_eq_3 -0.11327280849218369 n2_l3_affine_eq_4 -0.2707219123840332
    n2_l1_affine_19 n2_l3_affine_eq_5 1.2200655937194824 n2_l3_affine_eq_6 -0.4027228057384491
    n2_l1_affine_19 n2_l3_affine_eq_7 -0.37398356199264526 n2_l3_affine_eq_8 0.006166964303702116
    n2_l1_affine_19 n2_l3_affine_eq_9 -0.2646787464618683 n2_l3_affine_eq_10 -0.020593995228409767
    n2_l1_affine_19 n2_l3_affine_eq_11 -0.3814036250114441 n2_l3_affine_eq_12 -0.31095391511917114
    n2_l1_affine_19 n2_l3_affine_eq_13 -0.6032629013061523 n2_l3_affine_eq_14 0.04648618400096893
    n2_l1_affine_19 n2_l3_affine_eq_15 -0.08254633843898773 n2_l3_affine_eq_16 -0.485996812582016
    n2_l1_affine_19 n2_l3_affine_eq_17 -0.0024652210995554924 n2_l3_affine_eq_18 0.43303659558296204
    n2_l1_affine_19 n2_l3_affine_eq_19 0.13920482993125916 n2_l3_affine_eq_20 -0.055853068828582764
    n2_l1_affine_19 n2_l3_affine_eq_21 0.23979763686656952 n2_l3_affine_eq_22 0.9762316346168518
    n2_l1_affine_19 n2_l3_affine_eq_23 0.08952704071998596 n2_l3_affine_eq_24 -0.3611694574356079
    n2_l1_affine_19 n2_l3_affine_eq_25 -0.08823220431804657 n2_l3_affine_eq_26 -0.19999949634075165
    n2_l1_affine_19 n2_l3_affine_eq_27 -0.2983646094799042 n2_l3_affine_eq_28 -0.049594394862651825
    n2_l1_affine_19 n2_l3_affine_eq_29 0.7529500126838684 n2_l3_affine_eq_30 0.024792896583676338
    n2_l1_affine_19 n2_l3_affine_eq_31 0.2332669347524643 n2_l3_affine_eq_32 0.06731080263853073
    n2_l1_affine_19 n2_l3_affine_eq_33 -0.33718711137771606 n2_l3_affine_eq_34 0.6028832197189331
    n2_l1_affine_19 n2_l3_affine_eq_35 -0.3524021506309509 n2_l3_affine_eq_36 0.184345081448555
    n2_l1_affine_19 n2_l3_affine_eq_37 0.31850895285606384 n2_l3_affine_eq_38 0.07199809700250626
    n2_l1_affine_19 n2_l3_affine_eq_39 0.54240882396698
    n2_l1_affine_20 n2_l1_affine_eq_20 1
    n2_l1_affine_21 n2_l1_affine_eq_21 1
    n2_l1_affine_22 n2_l1_affine_eq_22 1
    n2_l1_affine_23 n2_l1_affine_eq_23 1
    n2_l1_affine_24 n2_l1_affine_eq_24 1 n2_l3_affine_eq_0 -0.03822844848036766
    n2_l1_affine_24 n2_l3_affine_eq_1 0.3279135823249817 n2_l3_affine_eq_2 -0.2625085115432739
    n2_l1_affine_24 n2_l3_affine_eq_3 -0.27552729845046997 n2_l3_affine_eq_4 -0.3485908508300781
    n2_l1_affine_24 n2_l3_affine_eq_5 0.5011479258537292 n2_l3_affine_eq_6 -0.08254873007535934
    n2_l1_affine_24 n2_l3_affine_eq_7 -0.8658241629600525 n2_l3_affine_eq_8 0.5575005412101746
    n2_l1_affine_24 n2_l3_affine_eq_9 0.12580806016921997 n2_l3_affine_eq_10 -0.3690691590309143
    n2_l1_affine_24 n2_l3_affine_eq_11 0.6961857676506042 n2_l3_affine_eq_12 0.28561025857925415
    n2_l1_affine_24 n2_l3_affine_eq_13 0.35693103075027466 n2_l3_affine_eq_14 -0.2757374942302704
    n2_l1_affine_24 n2_l3_affine_eq_15 0.20708903670310974 n2_l3_affine_eq_16 -0.40264302492141724
    n2_l1_affine_24 n2_l3_affine_eq_17 0.5634834170341492 n2_l3_affine_eq_18 0.4242253005504608
    n2_l1_affine_24 n2_l3_affine_eq_19 0.3000490665435791 n2_l3_affine_eq_20 0.2650848627090454
    n2_l1_affine_24 n2_l3_affine_eq_21 0.2992369830608368 n2_l3_affine_eq_22 -0.3960956931114197
    n2_l1_affine_24 n2_l3_affine_eq_23 0.3831767141819 n2_l3_affine_eq_24 0.2888907194137573
    n2_l1_affine_24 n2_l3_affine_eq_25 -0.07309576869010925 n2_l3_affine_eq_26 -0.22963856160640717
    n2_l1_affine_24 n2_l3_affine_eq_27 1.0873297452926636 n2_l3_affine_eq_28 -0.6619871854782104
    n2_l1_affine_24 n2_l3_affine_eq_29 -0.17794029414653778 n2_l3_affine_eq_30 -0.2260129749774933
    n2_l1_affine_24 n2_l3_affine_eq_31 0.38998353481292725 n2_l3_affine_eq_32 -0.012189608067274094
    n2_l1_affine_24 n2_l3_affine_eq_33 0.0019175566267222166 n2_l3_affine_eq_34 0.31363990902900696
    n2_l1_affine_24 n2_l3_affine_eq_35 0.16182249784469604 n2_l3_affine_eq_36 -0.5847589373588562
    n2_l1_affine_24 n2_l3_affine_eq_37 0.1242758110165596 n2_l3_affine_eq_38 -0.29265549778938293
    n2_l1_affine_24 n2_l3_affine_eq_39 0.412266343832016
    n2_l1_affine_25 n2_l1_affine_eq_25 1
    n2_l1_affine_26 n2_l1_affine_eq_26 1 n2_l3_affine_eq_0 0.6842942237854004
    n2_l1_affine_26 n2_l3_affine_eq_1 0.39575642347335815 n2_l3_affine_eq_2 -0.12671713531017303
    n2_l1_affine_26 n2_l3_affine_eq_3 0.12867183983325958 n2_l3_affine_eq_4 -0.5904085636138916
    n2_l1_affine_26 n2_l3_affine_eq_5 0.050469834357500076 n2_l3_affine_eq_6 -0.2841660678386688
    n2_l1_affine_26 n2_l3_affine_eq_7 -0.26269713044166565 n2_l3_affine_eq_8 -0.27449125051498413
    n2_l1_affine_26 n2_l3_affine_eq_9 -0.3344573676586151 n2_l3_affine_eq_10 0.17641134560108185
    n2_l1_affine_26 n2_l3_affine_eq_11 0.2970676124095917 n2_l3_affine_eq_12 -0.14465554058551788
    n2_l1_affine_26 n2_l3_affine_eq_13 -0.042795684188604355 n2_l3_affine_eq_14 0.10157713294029236
    n2_l1_affine_26 n2_l3_affine_eq_15 0.3351322114467621 n2_l3_affine_eq_16 -0.1357562243938446
    n2_l1_affine_26 n2_l3_affine_eq_17 0.5466939806938171 n2_l3_affine_eq_18 -0.3639710545539856
    n2_l1_affine_26 n2_l3_affine_eq_19 0.032668761909008026 n2_l3_affine_eq_20 -0.46855682134628296
    n2_l1_affine_26 n2_l3_affine_eq_21 -0.001387841417454183 n2_l3_affine_eq_22 1.502353310585022
    n2_l1_affine_26 n2_l3_affine_eq_23 0.42671895027160645 n2_l3_affine_eq_24 0.4115096926689148
    n2_l1_affine_26 n2_l3_affine_eq_25 0.13394951820373535 n2_l3_affine_eq_26 -0.09135275334119797
    n2_l1_affine_26 n2_l3_affine_eq_27 0.1645020842552185 n2_l3_affine_eq_28 -0.07930124551057816
    n2_l1_affine_26 n2_l3_affine_eq_29 0.21266239881515503 n2_l3_affine_eq_30 -0.5515560507774353
    n2_l1_affine_26 n2_l3_affine_eq_31 0.2665499448776245 n2_l3_affine_eq_32 -0.721991777420044
    n2_l1_affine_26 n2_l3_affine_eq_33 0.011001098901033401 n2_l3_affine_eq_34 0.3231656551361084
    n2_l1_affine_26 n2_l3_affine_eq_35 -0.21885646879673004 n2_l3_affine_eq_36 0.031433820724487305
    n2_l1_affine_26 n2_l3_affine_eq_37 0.002296017948538065 n2_l3_affine_eq_38 -0.3296815752983093
    n2_l1_affine_26 n2_l3_affine_eq_39 0.8950010538101196
    n2_l1_affine_27 n2_l1_affine_eq_27 1 n2_l3_affine_eq_0 -1.2797987461090088
    n2_l1_affine_27 n2_l3_affine_eq_1 2.0216963291168213 n2_l3_affine_eq_2 -0.6351526975631714
    n2_l1_affine_27 n2_l3_affine_eq_3 -0.9510363340377808 n2_l3_affine_eq_4 1.2073075771331787
    n2_l1_affine_27 n2_l3_affine_eq_5 0.7560926079750061 n2_l3_affine_eq_6 1.2262046337127686
    n2_l1_affine_27 n2_l3_affine_eq_7 0.7681866884231567 n2_l3_affine_eq_8 -0.03946366161108017
    n2_l1_affine_27 n2_l3_affine_eq_9 0.5574698448181152 n2_l3_affine_eq_10 -0.9741739630699158
    n2_l1_affine_27 n2_l3_affine_eq_11 -1.7050176858901978 n2_l3_affine_eq_12 0.7373624444007874
    n2_l1_affine_27 n2_l3_affine_eq_13 0.06829112768173218 n2_l3_affine_eq_14 -0.3773009181022644
    n2_l1_affine_27 n2_l3_affine_eq_15 -0.19206832349300385 n2_l3_affine_eq_16 0.17205964028835297
    n2_l1_affine_27 n2_l3_affine_eq_17 0.6091787219047546 n2_l3_affine_eq_18 0.07416637241840363
    n2_l1_affine_27 n2_l3_affine_eq_19 0.9504751563072205 n2_l3_affine_eq_20 0.34580326080322266
    n2_l1_affine_27 n2_l3_affine_eq_21 -0.12766487896442413 n2_l3_affine_eq_22 -1.3724253177642822
    n2_l1_affine_27 n2_l3_affine_eq_23 -0.31371966004371643 n2_l3_affine_eq_24 -0.629814624786377
    n2_l1_affine_27 n2_l3_affine_eq_25 -0.5394539833068848 n2_l3_affine_eq_26 0.07230169326066971
    n2_l1_affine_27 n2_l3_affine_eq_27 0.0816015750169754 n2_l3_affine_eq_28 -0.0008317340980283916
    n2_l1_affine_27 n2_l3_affine_eq_29 -0.9285807609558105 n2_l3_affine_eq_30 -0.29131069779396057
    n2_l1_affine_27 n2_l3_affine_eq_31 0.16121095418930054 n2_l3_affine_eq_32 -0.5188654065132141
    n2_l1_affine_27 n2_l3_affine_eq_33 -0.029707059264183044 n2_l3_affine_eq_34 -0.29489198327064514
    n2_l1_affine_27 n2_l3_affine_eq_35 1.539703607559204 n2_l3_affine_eq_36 0.8620099425315857
    n2_l1_affine_27 n2_l3_affine_eq_37 2.4695279598236084 n2_l3_affine_eq_38 0.17731960117816925
    n2_l1_affine_27 n2_l3_affine_eq_39 -0.5959322452545166
    n2_l1_affine_28 n2_l1_affine_eq_28 1 n2_l3_affine_eq_0 0.46802207827568054
    n2_l1_affine_28 n2_l3_affine_eq_1 0.0016960668144747615 n2_l3_affine_eq_2 0.2092665284872055
    n2_l1_affine_28 n2_l3_affine_eq_3 0.26310425996780396 n2_l3_affine_eq_4 0.24348343908786774
    n2_l1_affine_28 n2_l3_affine_eq_5 0.5928124189376831 n2_l3_affine_eq_6 0.2831327021121979
    n2_l1_affine_28 n2_l3_affine_eq_7 0.3567639887332916 n2_l3_affine_eq_8 0.23701143264770508
    n2_l1_affine_28 n2_l3_affine_eq_9 0.5065601468086243 n2_l3_affine_eq_10 0.17597049474716187
    n2_l1_affine_28 n2_l3_affine_eq_11 0.051273904740810394 n2_l3_affine_eq_12 -0.06641732901334763
    n2_l1_affine_28 n2_l3_affine_eq_13 0.0756264328956604 n2_l3_affine_eq_14 -0.35138291120529175
    n2_l1_affine_28 n2_l3_affine_eq_15 0.02628004550933838 n2_l3_affine_eq_16 0.3828626275062561
    n2_l1_affine_28 n2_l3_affine_eq_17 0.28752657771110535 n2_l3_affine_eq_18 -0.07945652306079865
    n2_l1_affine_28 n2_l3_affine_eq_19 -0.07960694283246994 n2_l3_affine_eq_20 -0.27568066120147705
    n2_l1_affine_28 n2_l3_affine_eq_21 -0.08961142599582672 n2_l3_affine_eq_22 0.7642784714698792
    n2_l1_affine_28 n2_l3_affine_eq_23 0.43060216307640076 n2_l3_affine_eq_24 -0.18008311092853546
    n2_l1_affine_28 n2_l3_affine_eq_25 -0.24241439998149872 n2_l3_affine_eq_26 0.4283825755119324
    n2_l1_affine_28 n2_l3_affine_eq_27 0.2567889988422394 n2_l3_affine_eq_28 0.2641845941543579
    n2_l1_affine_28 n2_l3_affine_eq_29 0.5426167845726013 n2_l3_affine_eq_30 -0.009990790858864784
    n2_l1_affine_28 n2_l3_affine_eq_31 0.4512207508087158 n2_l3_affine_eq_32 -0.18089941143989563
    n2_l1_affine_28 n2_l3_affine_eq_33 0.39182838797569275 n2_l3_affine_eq_34 0.42641937732696533
    n2_l1_affine_28 n2_l3_affine_eq_35 0.03056401200592518 n2_l3_affine_eq_36 0.28998109698295593
    n2_l1_affine_28 n2_l3_affine_eq_37 0.7341069579124451 n2_l3_affine_eq_38 0.05349693447351456
    n2_l1_affine_28 n2_l3_affine_eq_39 0.8008797764778137
    n2_l1_affine_29 n2_l1_affine_eq_29 1 n2_l3_affine_eq_0 -0.1456846445798874
    n2_l1_affine_29 n2_l3_affine_eq_1 0.41074618697166443 n2_l3_affine_eq_2 0.2225491851568222
    n2_l1_affine_29 n2_l3_affine_eq_3 -0.19440115988254547 n2_l3_affine_eq_4 -0.03825077414512634
    n2_l1_affine_29 n2_l3_affine_eq_5 0.17366667091846466 n2_l3_affine_eq_6 0.07491371035575867
    n2_l1_affine_29 n2_l3_affine_eq_7 -0.5766391754150391 n2_l3_affine_eq_8 0.7364446520805359
    n2_l1_affine_29 n2_l3_affine_eq_9 0.7548375129699707 n2_l3_affine_eq_10 -1.0001202821731567
    n2_l1_affine_29 n2_l3_affine_eq_11 -0.5072827935218811 n2_l3_affine_eq_12 0.4512556195259094
    n2_l1_affine_29 n2_l3_affine_eq_13 -0.7460787892341614 n2_l3_affine_eq_14 -0.32129424810409546
    n2_l1_affine_29 n2_l3_affine_eq_15 -0.5872098803520203 n2_l3_affine_eq_16 0.6944863796234131
    n2_l1_affine_29 n2_l3_affine_eq_17 0.9977850317955017 n2_l3_affine_eq_18 0.13458006083965302
    n2_l1_affine_29 n2_l3_affine_eq_19 0.18255013227462769 n2_l3_affine_eq_20 0.5698190331459045
    n2_l1_affine_29 n2_l3_affine_eq_21 -0.4641849100589752 n2_l3_affine_eq_22 -0.09982573240995407
    n2_l1_affine_29 n2_l3_affine_eq_23 0.7718050479888916 n2_l3_affine_eq_24 0.027730930596590042
    n2_l1_affine_29 n2_l3_affine_eq_25 0.4853259027004242 n2_l3_affine_eq_26 -0.22349825501441956
    n2_l1_affine_29 n2_l3_affine_eq_27 1.0628451108932495 n2_l3_affine_eq_28 0.7941924929618835
    n2_l1_affine_29 n2_l3_affine_eq_29 -0.6680721044540405 n2_l3_affine_eq_30 -0.20475926995277405
    n2_l1_affine_29 n2_l3_affine_eq_31 0.27055880427360535 n2_l3_affine_eq_32 -0.6331258416175842
    n2_l1_affine_29 n2_l3_affine_eq_33 0.6961573958396912 n2_l3_affine_eq_34 -0.7301980257034302
    n2_l1_affine_29 n2_l3_affine_eq_35 0.14428465068340302 n2_l3_affine_eq_36 0.203543558716774
    n2_l1_affine_29 n2_l3_affine_eq_37 0.3343740403652191 n2_l3_affine_eq_38 0.6669860482215881
    n2_l1_affine_29 n2_l3_affine_eq_39 -0.16006365418434143
    n2_l1_affine_30 n2_l1_affine_eq_30 1 n2_l3_affine_eq_0 -0.4533469080924988
    n2_l1_affine_30 n2_l3_affine_eq_1 -0.27435460686683655 n2_l3_affine_eq_2 0.3493955433368683
    n2_l1_affine_30 n2_l3_affine_eq_3 -0.21581539511680603 n2_l3_affine_eq_4 0.33781081438064575
    n2_l1_affine_30 n2_l3_affine_eq_5 0.6257334351539612 n2_l3_affine_eq_6 0.8153368234634399
    n2_l1_affine_30 n2_l3_affine_eq_7 0.07245362550020218 n2_l3_affine_eq_8 0.17118684947490692
    n2_l1_affine_30 n2_l3_affine_eq_9 -0.41818535327911377 n2_l3_affine_eq_10 -0.35026225447654724
    n2_l1_affine_30 n2_l3_affine_eq_11 -0.18013955652713776 n2_l3_affine_eq_12 -0.7020845413208008
    n2_l1_affine_30 n2_l3_affine_eq_13 0.34163516759872437 n2_l3_affine_eq_14 -0.251368910074234
    n2_l1_affine_30 n2_l3_affine_eq_15 0.27880772948265076 n2_l3_affine_eq_16 0.21750383079051971
    n2_l1_affine_30 n2_l3_affine_eq_17 1.5337553024291992 n2_l3_affine_eq_18 0.4320365786552429
    n2_l1_affine_30 n2_l3_affine_eq_19 0.28597399592399597 n2_l3_affine_eq_20 1.359069585800171
    n2_l1_affine_30 n2_l3_affine_eq_21 0.27795839309692383 n2_l3_affine_eq_22 -0.5304787158966064
    n2_l1_affine_30 n2_l3_affine_eq_23 -0.35157105326652527 n2_l3_affine_eq_24 0.8188420534133911
    n2_l1_affine_30 n2_l3_affine_eq_25 -0.10651955008506775 n2_l3_affine_eq_26 -0.707984447479248
    n2_l1_affine_30 n2_l3_affine_eq_27 2.1886987686157227 n2_l3_affine_eq_28 0.10739175975322723
    n2_l1_affine_30 n2_l3_affine_eq_29 0.0834464430809021 n2_l3_affine_eq_30 0.4372408390045166
    n2_l1_affine_30 n2_l3_affine_eq_31 -0.3502234220504761 n2_l3_affine_eq_32 -0.5532174110412598
    n2_l1_affine_30 n2_l3_affine_eq_33 -0.08352973312139511 n2_l3_affine_eq_34 0.297179251909256
    n2_l1_affine_30 n2_l3_affine_eq_35 0.7464704513549805 n2_l3_affine_eq_36 -0.7574949264526367
    n2_l1_affine_30 n2_l3_affine_eq_37 0.6724427938461304 n2_l3_affine_eq_38 -0.7960508465766907
    n2_l1_affine_30 n2_l3_affine_eq_39 -0.3326660692691803
    n2_l1_affine_31 n2_l1_affine_eq_31 1
    n2_l1_affine_32 n2_l1_affine_eq_32 1
    n2_l1_affine_33 n2_l1_affine_eq_33 1 n2_l3_affine_eq_0 0.43149271607398987
    n2_l1_affine_33 n2_l3_affine_eq_1 -0.48988595604896545 n2_l3_affine_eq_2 0.23820453882217407
    n2_l1_affine_33 n2_l3_affine_eq_3 -0.10334453731775284 n2_l3_affine_eq_4 0.874211847782135
    n2_l1_affine_33 n2_l3_affine_eq_5 -0.2812105119228363 n2_l3_affine_eq_6 0.9749534130096436
    n2_l1_affine_33 n2_l3_affine_eq_7 -0.18463997542858124 n2_l3_affine_eq_8 -0.9163089394569397
    n2_l1_affine_33 n2_l3_affine_eq_9 -0.02657049521803856 n2_l3_affine_eq_10 0.8542121648788452
    n2_l1_affine_33 n2_l3_affine_eq_11 -0.08396793901920319 n2_l3_affine_eq_12 0.2064754068851471
    n2_l1_affine_33 n2_l3_affine_eq_13 -0.33792680501937866 n2_l3_affine_eq_14 1.0758771896362305
    n2_l1_affine_33 n2_l3_affine_eq_15 -1.0375392436981201 n2_l3_affine_eq_16 0.9454958438873291
    n2_l1_affine_33 n2_l3_affine_eq_17 -0.5475814938545227 n2_l3_affine_eq_18 -0.4197309613227844
    n2_l1_affine_33 n2_l3_affine_eq_19 -0.738489031791687 n2_l3_affine_eq_20 -0.2143430858850479
    n2_l1_affine_33 n2_l3_affine_eq_21 -0.2689499258995056 n2_l3_affine_eq_22 -0.1308889240026474
    n2_l1_affine_33 n2_l3_affine_eq_23 -0.6820094585418701 n2_l3_affine_eq_24 -0.07239989936351776
    n2_l1_affine_33 n2_l3_affine_eq_25 -0.16505444049835205 n2_l3_affine_eq_26 0.1769879311323166
    n2_l1_affine_33 n2_l3_affine_eq_27 0.28650104999542236 n2_l3_affine_eq_28 -0.18028631806373596
    n2_l1_affine_33 n2_l3_affine_eq_29 -0.8424433469772339 n2_l3_affine_eq_30 1.2474286556243896
    n2_l1_affine_33 n2_l3_affine_eq_31 0.9080004096031189 n2_l3_affine_eq_32 -0.808338463306427
    n2_l1_affine_33 n2_l3_affine_eq_33 0.9273079037666321 n2_l3_affine_eq_34 -0.24077755212783813
    n2_l1_affine_33 n2_l3_affine_eq_35 0.14183658361434937 n2_l3_affine_eq_36 -0.45204704999923706
    n2_l1_affine_33 n2_l3_affine_eq_37 1.3570551872253418 n2_l3_affine_eq_38 0.3899155557155609
    n2_l1_affine_33 n2_l3_affine_eq_39 0.2309577614068985
    n2_l1_affine_34 n2_l1_affine_eq_34 1 n2_l3_affine_eq_0 -0.3293161690235138
    n2_l1_affine_34 n2_l3_affine_eq_1 0.2184915542602539 n2_l3_affine_eq_2 0.6724914312362671
    n2_l1_affine_34 n2_l3_affine_eq_3 0.15676409006118774 n2_l3_affine_eq_4 -0.14381548762321472
    n2_l1_affine_34 n2_l3_affine_eq_5 -0.4027921259403229 n2_l3_affine_eq_6 1.079084873199463
    n2_l1_affine_34 n2_l3_affine_eq_7 -0.28420132398605347 n2_l3_affine_eq_8 -0.5138322114944458
    n2_l1_affine_34 n2_l3_affine_eq_9 -0.12337332963943481 n2_l3_affine_eq_10 0.8516446352005005
    n2_l1_affine_34 n2_l3_affine_eq_11 -0.5036643743515015 n2_l3_affine_eq_12 0.2651924788951874
    n2_l1_affine_34 n2_l3_affine_eq_13 0.21200160682201385 n2_l3_affine_eq_14 0.7438579201698303
    n2_l1_affine_34 n2_l3_affine_eq_15 -0.5989212393760681 n2_l3_affine_eq_16 0.7404391765594482
    n2_l1_affine_34 n2_l3_affine_eq_17 -0.21272540092468262 n2_l3_affine_eq_18 -0.5103011131286621
    n2_l1_affine_34 n2_l3_affine_eq_19 -0.2565149962902069 n2_l3_affine_eq_20 -0.04684718698263168
    n2_l1_affine_34 n2_l3_affine_eq_21 -0.14520081877708435 n2_l3_affine_eq_22 1.3098689317703247
    n2_l1_affine_34 n2_l3_affine_eq_23 -0.12794476747512817 n2_l3_affine_eq_24 -0.19683225452899933
    n2_l1_affine_34 n2_l3_affine_eq_25 0.07381675392389297 n2_l3_affine_eq_26 -0.599145770072937
    n2_l1_affine_34 n2_l3_affine_eq_27 -0.49507951736450195 n2_l3_affine_eq_28 0.14240150153636932
    n2_l1_affine_34 n2_l3_affine_eq_29 -0.44927456974983215 n2_l3_affine_eq_30 -0.45966053009033203
    n2_l1_affine_34 n2_l3_affine_eq_31 1.0394518375396729 n2_l3_affine_eq_32 -0.5634310841560364
    n2_l1_affine_34 n2_l3_affine_eq_33 -1.0256688594818115 n2_l3_affine_eq_34 -0.37746211886405945
    n2_l1_affine_34 n2_l3_affine_eq_35 -0.5634759068489075 n2_l3_affine_eq_36 0.1836530566215515
    n2_l1_affine_34 n2_l3_affine_eq_37 0.7837974429130554 n2_l3_affine_eq_38 -0.26213935017585754
    n2_l1_affine_34 n2_l3_affine_eq_39 -0.08189874142408371
    n2_l1_affine_35 n2_l1_affine_eq_35 1
    n2_l1_affine_36 n2_l1_affine_eq_36 1
    n2_l1_affine_37 n2_l1_affine_eq_37 1 n2_l3_affine_eq_0 -1.4133248329162598
    n2_l1_affine_37 n2_l3_affine_eq_1 0.9649653434753418 n2_l3_affine_eq_2 -0.45297837257385254
    n2_l1_affine_37 n2_l3_affine_eq_3 -1.5484998226165771 n2_l3_affine_eq_4 0.6633313894271851
    n2_l1_affine_37 n2_l3_affine_eq_5 -0.3487239480018616 n2_l3_affine_eq_6 0.44900962710380554
    n2_l1_affine_37 n2_l3_affine_eq_7 -0.3187587261199951 n2_l3_affine_eq_8 0.6516565084457397
    n2_l1_affine_37 n2_l3_affine_eq_9 -0.5090907216072083 n2_l3_affine_eq_10 -0.29850971698760986
    n2_l1_affine_37 n2_l3_affine_eq_11 -0.7953962683677673 n2_l3_affine_eq_12 1.5681318044662476
    n2_l1_affine_37 n2_l3_affine_eq_13 0.22878271341323853 n2_l3_affine_eq_14 0.46954861283302307
    n2_l1_affine_37 n2_l3_affine_eq_15 -1.075218915939331 n2_l3_affine_eq_16 0.503675103187561
    n2_l1_affine_37 n2_l3_affine_eq_17 -0.4727204442024231 n2_l3_affine_eq_18 -0.09760943800210953
    n2_l1_affine_37 n2_l3_affine_eq_19 0.003446732647716999 n2_l3_affine_eq_20 0.8526866436004639
    n2_l1_affine_37 n2_l3_affine_eq_21 -0.27095672488212585 n2_l3_affine_eq_22 -2.068692684173584
    n2_l1_affine_37 n2_l3_affine_eq_23 0.052536703646183014 n2_l3_affine_eq_24 0.1982129067182541
    n2_l1_affine_37 n2_l3_affine_eq_25 0.7800512313842773 n2_l3_affine_eq_26 -0.3265751898288727
    n2_l1_affine_37 n2_l3_affine_eq_27 0.17407600581645966 n2_l3_affine_eq_28 -0.07677967846393585
    n2_l1_affine_37 n2_l3_affine_eq_29 0.40631338953971863 n2_l3_affine_eq_30 0.18661007285118103
    n2_l1_affine_37 n2_l3_affine_eq_31 -0.34748610854148865 n2_l3_affine_eq_32 -0.38169431686401367
    n2_l1_affine_37 n2_l3_affine_eq_33 0.011997770518064499 n2_l3_affine_eq_34 1.1530165672302246
    n2_l1_affine_37 n2_l3_affine_eq_35 1.4791982173919678 n2_l3_affine_eq_36 0.5396794676780701
    n2_l1_affine_37 n2_l3_affine_eq_37 0.02595844864845276 n2_l3_affine_eq_38 0.058831725269556046
    n2_l1_affine_37 n2_l3_affine_eq_39 -0.6039719581604004
    n2_l1_affine_38 n2_l1_affine_eq_38 1 n2_l3_affine_eq_0 -0.34643203020095825
    n2_l1_affine_38 n2_l3_affine_eq_1 0.4442659914493561 n2_l3_affine_eq_2 -0.3346266746520996
    n2_l1_affine_38 n2_l3_affine_eq_3 0.01438035536557436 n2_l3_affine_eq_4 0.556712806224823
    n2_l1_affine_38 n2_l3_affine_eq_5 0.887154221534729 n2_l3_affine_eq_6 0.375713050365448
    n2_l1_affine_38 n2_l3_affine_eq_7 0.6062963604927063 n2_l3_affine_eq_8 0.3623661398887634
    n2_l1_affine_38 n2_l3_affine_eq_9 -0.4559835195541382 n2_l3_affine_eq_10 -0.03254992514848709
    n2_l1_affine_38 n2_l3_affine_eq_11 -0.2886601686477661 n2_l3_affine_eq_12 -0.17166058719158173
    n2_l1_affine_38 n2_l3_affine_eq_13 -0.04477111995220184 n2_l3_affine_eq_14 -0.7563955783843994
    n2_l1_affine_38 n2_l3_affine_eq_15 1.7221364974975586 n2_l3_affine_eq_16 -1.2931044101715088
    n2_l1_affine_38 n2_l3_affine_eq_17 0.24673768877983093 n2_l3_affine_eq_18 0.5302464365959167
    n2_l1_affine_38 n2_l3_affine_eq_19 0.5745273232460022 n2_l3_affine_eq_20 0.2462354600429535
    n2_l1_affine_38 n2_l3_affine_eq_21 0.16209983825683594 n2_l3_affine_eq_22 1.052978277206421
    n2_l1_affine_38 n2_l3_affine_eq_23 -0.33621087670326233 n2_l3_affine_eq_24 0.28953197598457336
    n2_l1_affine_38 n2_l3_affine_eq_25 -1.6035841703414917 n2_l3_affine_eq_26 -0.34545451402664185
    n2_l1_affine_38 n2_l3_affine_eq_27 -0.17008937895298004 n2_l3_affine_eq_28 0.08436159044504166
    n2_l1_affine_38 n2_l3_affine_eq_29 1.0435552597045898 n2_l3_affine_eq_30 -0.20506325364112854
    n2_l1_affine_38 n2_l3_affine_eq_31 1.5148043632507324 n2_l3_affine_eq_32 -0.13429617881774902
    n2_l1_affine_38 n2_l3_affine_eq_33 -0.45759785175323486 n2_l3_affine_eq_34 0.5083538293838501
    n2_l1_affine_38 n2_l3_affine_eq_35 0.4839053153991699 n2_l3_affine_eq_36 -0.3499685525894165
    n2_l1_affine_38 n2_l3_affine_eq_37 1.4767197370529175 n2_l3_affine_eq_38 -0.9130674600601196
    n2_l1_affine_38 n2_l3_affine_eq_39 -0.5462889075279236
    n2_l1_affine_39 n2_l1_affine_eq_39 1
    n2_l2_relu_7 n2_l2_relu_ge_7 1 n2_l2_relu_on_7 1
    n2_l2_relu_7 n2_l2_relu_off_7 1 n2_l3_affine_eq_0 -0.30279862880706787
    n2_l2_relu_7 n2_l3_affine_eq_1 0.7119490504264832 n2_l3_affine_eq_2 -0.11591177433729172
    n2_l2_relu_7 n2_l3_affine_eq_3 -0.24693915247917175 n2_l3_affine_eq_4 0.5701485276222229
    n2_l2_relu_7 n2_l3_affine_eq_5 0.5110042095184326 n2_l3_affine_eq_6 0.0017354359151795506
    n2_l2_relu_7 n2_l3_affine_eq_7 -0.3092499375343323 n2_l3_affine_eq_8 0.8380722999572754
    n2_l2_relu_7 n2_l3_affine_eq_9 0.8205805420875549 n2_l3_affine_eq_10 0.16525624692440033
    n2_l2_relu_7 n2_l3_affine_eq_11 -0.8837727904319763 n2_l3_affine_eq_12 0.08590302616357803
    n2_l2_relu_7 n2_l3_affine_eq_13 0.4675891399383545 n2_l3_affine_eq_14 -0.07866428792476654
    n2_l2_relu_7 n2_l3_affine_eq_15 0.05617192015051842 n2_l3_affine_eq_16 -0.5558862090110779
    n2_l2_relu_7 n2_l3_affine_eq_17 -0.19711928069591522 n2_l3_affine_eq_18 -0.09211542457342148
    n2_l2_relu_7 n2_l3_affine_eq_19 0.236237034201622 n2_l3_affine_eq_20 0.3774925172328949
    n2_l2_relu_7 n2_l3_affine_eq_21 -0.4079137146472931 n2_l3_affine_eq_22 -0.17061340808868408
    n2_l2_relu_7 n2_l3_affine_eq_23 0.4616742432117462 n2_l3_affine_eq_24 0.23815929889678955
    n2_l2_relu_7 n2_l3_affine_eq_25 0.8932937383651733 n2_l3_affine_eq_26 0.5090672373771667
    n2_l2_relu_7 n2_l3_affine_eq_27 1.537545919418335 n2_l3_affine_eq_28 -0.08408769220113754
    n2_l2_relu_7 n2_l3_affine_eq_29 0.2676442265510559 n2_l3_affine_eq_30 -0.7946063280105591
    n2_l2_relu_7 n2_l3_affine_eq_31 -0.1153709888458252 n2_l3_affine_eq_32 -0.5259203314781189
    n2_l2_relu_7 n2_l3_affine_eq_33 -0.2499552071094513 n2_l3_affine_eq_34 1.174596905708313
    n2_l2_relu_7 n2_l3_affine_eq_35 1.0919886827468872 n2_l3_affine_eq_36 0.22020776569843292
    n2_l2_relu_7 n2_l3_affine_eq_37 0.8850653767585754 n2_l3_affine_eq_38 0.2511745095252991
    n2_l2_relu_7 n2_l3_affine_eq_39 -0.21022899448871613
    MARKER 'MARKER' 'INTORG'
    n2_l2_relu_d_7 n2_l2_relu_on_7 -0.10935143095823872 n2_l2_relu_off_7 0.07924134093506092
    MARKER 'MARKER' 'INTEND'
    n2_l3_affine_0 n2_l3_affine_eq_0 1 n2_l5_affine_eq_0 0.9909903407096863
    n2_l3_affine_0 n2_l5_affine_eq_1 -0.5120657086372375 n2_l5_affine_eq_2 -0.016117438673973083
    n2_l3_affine_0 n2_l5_affine_eq_3 -1.3223189115524292 n2_l5_affine_eq_4 2.1921777725219727
    n2_l3_affine_0 n2_l5_affine_eq_5 -0.16599629819393158 n2_l5_affine_eq_6 1.4404492378234863
    n2_l3_affine_0 n2_l5_affine_eq_7 0.1886286735534668 n2_l5_affine_eq_8 -0.346678763628006
    n2_l3_affine_0 n2_l5_affine_eq_9 0.6739205121994019
    n2_l3_affine_1 n2_l3_affine_eq_1 1
    n2_l3_affine_2 n2_l3_affine_eq_2 1 n2_l5_affine_eq_0 0.694185197353363
    n2_l3_affine_2 n2_l5_affine_eq_1 -0.28421175479888916 n2_l5_affine_eq_2 0.6578519344329834
    n2_l3_affine_2 n2_l5_affine_eq_3 -0.13982528448104858 n2_l5_affine_eq_4 0.7659270167350769
    n2_l3_affine_2 n2_l5_affine_eq_5 -0.748704731464386 n2_l5_affine_eq_6 0.15591277182102203
    n2_l3_affine_2 n2_l5_affine_eq_7 -0.5788624882698059 n2_l5_affine_eq_8 -0.05168171972036362
    n2_l3_affine_2 n2_l5_affine_eq_9 0.1453886479139328
    n2_l3_affine_3 n2_l3_affine_eq_3 1 n2_l5_affine_eq_0 0.5827255249023438
    n2_l3_affine_3 n2_l5_affine_eq_1 0.1647789627313614 n2_l5_affine_eq_2 -0.3082405626773834
    n2_l3_affine_3 n2_l5_affine_eq_3 -0.6614245176315308 n2_l5_affine_eq_4 0.6446403861045837
    n2_l3_affine_3 n2_l5_affine_eq_5 -0.22082015872001648 n2_l5_affine_eq_6 1.554109811782837
    n2_l3_affine_3 n2_l5_affine_eq_7 -0.14336775243282318 n2_l5_affine_eq_8 -0.0053475648164749146
    n2_l3_affine_3 n2_l5_affine_eq_9 0.061715155839920044
    n2_l3_affine_4 n2_l3_affine_eq_4 1 n2_l4_relu_ge_4 -1
    n2_l3_affine_4 n2_l4_relu_off_4 -1
    n2_l3_affine_5 n2_l3_affine_eq_5 1
    n2_l3_affine_6 n2_l3_affine_eq_6 1
    n2_l3_affine_7 n2_l3_affine_eq_7 1 n2_l5_affine_eq_0 -0.4264717996120453
    n2_l3_affine_7 n2_l5_affine_eq_1 0.18439845740795135 n2_l5_affine_eq_2 -0.3899008631706238
    n2_l3_affine_7 n2_l5_affine_eq_3 0.07366717606782913 n2_l5_affine_eq_4 0.3287334144115448
    n2_l3_affine_7 n2_l5_affine_eq_5 0.15670637786388397 n2_l5_affine_eq_6 -0.8065245747566223
    n2_l3_affine_7 n2_l5_affine_eq_7 1.2000174522399902 n2_l5_affine_eq_8 -0.7080016732215881
    n2_l3_affine_7 n2_l5_affine_eq_9 1.2511268854141235
    n2_l3_affine_8 n2_l3_affine_eq_8 1 n2_l4_relu_ge_8 -1
    n2_l3_affine_8 n2_l4_relu_off_8 -1
    n2_l3_affine_9 n2_l3_affine_eq_9 1
    n2_l3_affine_10 n2_l3_affine_eq_10 1 n2_l5_affine_eq_0 0.6545889377593994
    n2_l3_affine_10 n2_l5_affine_eq_1 -0.14382301270961761 n2_l5_affine_eq_2 0.4591159224510193
    n2_l3_affine_10 n2_l5_affine_eq_3 -0.16997919976711273 n2_l5_affine_eq_4 0.6816266775131226
    n2_l3_affine_10 n2_l5_affine_eq_5 1.0337058305740356 n2_l5_affine_eq_6 0.9395968914031982
    n2_l3_affine_10 n2_l5_affine_eq_7 -0.2922309339046478 n2_l5_affine_eq_8 -0.5112542510032654
    n2_l3_affine_10 n2_l5_affine_eq_9 0.0341305211186409
    n2_l3_affine_11 n2_l3_affine_eq_11 1 n2_l5_affine_eq_0 1.114897608757019
    n2_l3_affine_11 n2_l5_affine_eq_1 -0.695719301700592 n2_l5_affine_eq_2 -0.7068700790405273
    n2_l3_affine_11 n2_l5_affine_eq_3 -0.5150156021118164 n2_l5_affine_eq_4 -0.271389365196228
    n2_l3_affine_11 n2_l5_affine_eq_5 0.09694532305002213 n2_l5_affine_eq_6 0.66643887758255
    n2_l3_affine_11 n2_l5_affine_eq_7 -0.5382015109062195 n2_l5_affine_eq_8 0.8585315346717834
    n2_l3_affine_11 n2_l5_affine_eq_9 1.8423131704330444
    n2_l3_affine_12 n2_l3_affine_eq_12 1
    n2_l3_affine_13 n2_l3_affine_eq_13 1 n2_l5_affine_eq_0 -0.7174052000045776
    n2_l3_affine_13 n2_l5_affine_eq_1 1.5482879877090454 n2_l5_affine_eq_2 0.027623537927865982
    n2_l3_affine_13 n2_l5_affine_eq_3 -0.24727556109428406 n2_l5_affine_eq_4 1.0490995645523071
    n2_l3_affine_13 n2_l5_affine_eq_5 0.2433447688817978 n2_l5_affine_eq_6 0.6233589053153992
    n2_l3_affine_13 n2_l5_affine_eq_7 0.2726235091686249 n2_l5_affine_eq_8 0.22962847352027893
    n2_l3_affine_13 n2_l5_affine_eq_9 -0.7506138682365417
    n2_l3_affine_14 n2_l3_affine_eq_14 1 n2_l5_affine_eq_0 -0.03472934663295746
    n2_l3_affine_14 n2_l5_affine_eq_1 -0.12985274195671082 n2_l5_affine_eq_2 0.4633282721042633
    n2_l3_affine_14 n2_l5_affine_eq_3 -0.5504773855209351 n2_l5_affine_eq_4 0.2238030731678009
    n2_l3_affine_14 n2_l5_affine_eq_5 0.2716149389743805 n2_l5_affine_eq_6 1.0537452697753906
    n2_l3_affine_14 n2_l5_affine_eq_7 0.005297559779137373 n2_l5_affine_eq_8 -0.3799678385257721
    n2_l3_affine_14 n2_l5_affine_eq_9 -0.489348441362381
    n2_l3_affine_15 n2_l3_affine_eq_15 1 n2_l5_affine_eq_0 -1.1607016324996948
    n2_l3_affine_15 n2_l5_affine_eq_1 1.158987283706665 n2_l5_affine_eq_2 -0.10575390607118607
    n2_l3_affine_15 n2_l5_affine_eq_3 0.6054282784461975 n2_l5_affine_eq_4 -0.6257973909378052
    n2_l3_affine_15 n2_l5_affine_eq_5 0.3317491114139557 n2_l5_affine_eq_6 -0.8022317290306091
    n2_l3_affine_15 n2_l5_affine_eq_7 -0.16976432502269745 n2_l5_affine_eq_8 0.5234621167182922
    n2_l3_affine_15 n2_l5_affine_eq_9 -0.08231610059738159
    n2_l3_affine_16 n2_l3_affine_eq_16 1
    n2_l3_affine_17 n2_l3_affine_eq_17 1
    n2_l3_affine_18 n2_l3_affine_eq_18 1 n2_l5_affine_eq_0 1.5845253467559814
    n2_l3_affine_18 n2_l5_affine_eq_1 -1.7256563901901245 n2_l5_affine_eq_2 0.40341994166374207
    n2_l3_affine_18 n2_l5_affine_eq_3 0.8978810906410217 n2_l5_affine_eq_4 -0.025019604712724686
    n2_l3_affine_18 n2_l5_affine_eq_5 1.5134015083312988 n2_l5_affine_eq_6 -0.5243894457817078
    n2_l3_affine_18 n2_l5_affine_eq_7 0.673525333404541 n2_l5_affine_eq_8 0.19276732206344604
    n2_l3_affine_18 n2_l5_affine_eq_9 0.6243461966514587
    n2_l3_affine_19 n2_l3_affine_eq_19 1
    n2_l3_affine_20 n2_l3_affine_eq_20 1
    n2_l3_affine_21 n2_l3_affine_eq_21 1 n2_l5_affine_eq_0 0.46994757652282715
    n2_l3_affine_21 n2_l5_affine_eq_1 -0.2794702649116516 n2_l5_affine_eq_2 -0.6656805872917175
    n2_l3_affine_21 n2_l5_affine_eq_3 0.6944815516471863 n2_l5_affine_eq_4 -0.28378352522850037
    n2_l3_affine_21 n2_l5_affine_eq_5 -0.20847567915916443 n2_l5_affine_eq_6 0.16787540912628174
    n2_l3_affine_21 n2_l5_affine_eq_7 -0.7364773750305176 n2_l5_affine_eq_8 0.35707318782806396
    n2_l3_affine_21 n2_l5_affine_eq_9 0.09687308222055435
    n2_l3_affine_22 n2_l3_affine_eq_22 1
    n2_l3_affine_23 n2_l3_affine_eq_23 1
    n2_l3_affine_24 n2_l3_affine_eq_24 1 n2_l5_affine_eq_0 0.3578963279724121
    n2_l3_affine_24 n2_l5_affine_eq_1 0.12144316732883453 n2_l5_affine_eq_2 -0.4656706750392914
    n2_l3_affine_24 n2_l5_affine_eq_3 0.7261956930160522 n2_l5_affine_eq_4 -0.15412203967571259
    n2_l3_affine_24 n2_l5_affine_eq_5 0.10484765470027924 n2_l5_affine_eq_6 -0.3935810327529907
    n2_l3_affine_24 n2_l5_affine_eq_7 1.1306869983673096 n2_l5_affine_eq_8 0.13514359295368195
    n2_l3_affine_24 n2_l5_affine_eq_9 -0.34126898646354675
    n2_l3_affine_25 n2_l3_affine_eq_25 1 n2_l4_relu_ge_25 -1
    n2_l3_affine_25 n2_l4_relu_off_25 -1
    n2_l3_affine_26 n2_l3_affine_eq_26 1 n2_l5_affine_eq_0 -0.41397231817245483
    n2_l3_affine_26 n2_l5_affine_eq_1 0.37052881717681885 n2_l5_affine_eq_2 0.02245509810745716
    n2_l3_affine_26 n2_l5_affine_eq_3 0.061669446527957916 n2_l5_affine_eq_4 0.47835418581962585
    n2_l3_affine_26 n2_l5_affine_eq_5 -0.705292820930481 n2_l5_affine_eq_6 -0.06930436939001083
    n2_l3_affine_26 n2_l5_affine_eq_7 0.7681771516799927 n2_l5_affine_eq_8 -0.5274482369422913
    n2_l3_affine_26 n2_l5_affine_eq_9 0.592132568359375
    n2_l3_affine_27 n2_l3_affine_eq_27 1
    n2_l3_affine_28 n2_l3_affine_eq_28 1
    n2_l3_affine_29 n2_l3_affine_eq_29 1
    n2_l3_affine_30 n2_l3_affine_eq_30 1 n2_l5_affine_eq_0 -0.7297323346138
    n2_l3_affine_30 n2_l5_affine_eq_1 1.0126655101776123 n2_l5_affine_eq_2 -1.2225077152252197
    n2_l3_affine_30 n2_l5_affine_eq_3 -0.2374834269285202 n2_l5_affine_eq_4 0.10318917781114578
    n2_l3_affine_30 n2_l5_affine_eq_5 0.8196073770523071 n2_l5_affine_eq_6 0.5134573578834534
    n2_l3_affine_30 n2_l5_affine_eq_7 0.304492712020874 n2_l5_affine_eq_8 -0.9802884459495544
    n2_l3_affine_30 n2_l5_affine_eq_9 0.04130474105477333
    n2_l3_affine_31 n2_l3_affine_eq_31 1
    n2_l3_affine_32 n2_l3_affine_eq_32 1 n2_l5_affine_eq_0 1.559212327003479
    n2_l3_affine_32 n2_l5_affine_eq_1 -1.7469021081924438 n2_l5_affine_eq_2 -1.0057555437088013
    n2_l3_affine_32 n2_l5_affine_eq_3 1.1393271684646606 n2_l5_affine_eq_4 0.07127325236797333
    n2_l3_affine_32 n2_l5_affine_eq_5 0.6371504664421082 n2_l5_affine_eq_6 0.5974003672599792
    n2_l3_affine_32 n2_l5_affine_eq_7 -0.6174529790878296 n2_l5_affine_eq_8 1.1084771156311035
    n2_l3_affine_32 n2_l5_affine_eq_9 0.9056035876274109
    n2_l3_affine_33 n2_l3_affine_eq_33 1 n2_l5_affine_eq_0 0.2379310131072998
    n2_l3_affine_33 n2_l5_affine_eq_1 0.40387219190597534 n2_l5_affine_eq_2 -0.17765550315380096
    n2_l3_affine_33 n2_l5_affine_eq_3 -0.8249943852424622 n2_l5_affine_eq_4 0.0830351784825325
    n2_l3_affine_33 n2_l5_affine_eq_5 -0.3044254183769226 n2_l5_affine_eq_6 0.1040266901254654
    n2_l3_affine_33 n2_l5_affine_eq_7 0.7189102172851562 n2_l5_affine_eq_8 -0.28609076142311096
    n2_l3_affine_33 n2_l5_affine_eq_9 0.7830102443695068
    n2_l3_affine_34 n2_l3_affine_eq_34 1
    n2_l3_affine_35 n2_l3_affine_eq_35 1
    n2_l3_affine_36 n2_l3_affine_eq_36 1
    n2_l3_affine_37 n2_l3_affine_eq_37 1
    n2_l3_affine_38 n2_l3_affine_eq_38 1 n2_l4_relu_ge_38 -1
    n2_l3_affine_38 n2_l4_relu_off_38 -1
    n2_l3_affine_39 n2_l3_affine_eq_39 1
    n2_l4_relu_4 n2_l4_relu_ge_4 1 n2_l4_relu_on_4 1
    n2_l4_relu_4 n2_l4_relu_off_4 1 n2_l5_affine_eq_0 -0.22689491510391235
    n2_l4_relu_4 n2_l5_affine_eq_1 -0.1400458663702011 n2_l5_affine_eq_2 0.44429752230644226
    n2_l4_relu_4 n2_l5_affine_eq_3 1.2139273881912231 n2_l5_affine_eq_4 0.4749075472354889
    n2_l4_relu_4 n2_l5_affine_eq_5 0.005779327359050512 n2_l5_affine_eq_6 -0.8733057975769043
    n2_l4_relu_4 n2_l5_affine_eq_7 0.6901829242706299 n2_l5_affine_eq_8 -0.47236165404319763
    n2_l4_relu_4 n2_l5_affine_eq_9 0.3215831220149994
    MARKER 'MARKER' 'INTORG'
    n2_l4_relu_d_4 n2_l4_relu_on_4 -0.17509166571483845 n2_l4_relu_off_4 0.3359299391400575
    MARKER 'MARKER' 'INTEND'
    n2_l4_relu_8 n2_l4_relu_ge_8 1 n2_l4_relu_on_8 1
    n2_l4_relu_8 n2_l4_relu_off_8 1 n2_l5_affine_eq_0 0.5154253244400024
    n2_l4_relu_8 n2_l5_affine_eq_1 -0.4570280909538269 n2_l5_affine_eq_2 1.425397515296936
    n2_l4_relu_8 n2_l5_affine_eq_3 0.05652780458331108 n2_l5_affine_eq_4 1.1981704235076904
    n2_l4_relu_8 n2_l5_affine_eq_5 -0.48103928565979004 n2_l5_affine_eq_6 -0.5340209603309631
    n2_l4_relu_8 n2_l5_affine_eq_7 0.5464617609977722 n2_l5_affine_eq_8 -0.2957318127155304
    n2_l4_relu_8 n2_l5_affine_eq_9 -1.490295648574829
    MARKER 'MARKER' 'INTORG'
    n2_l4_relu_d_8 n2_l4_relu_on_8 -0.056750144563236016 n2_l4_relu_off_8 0.4017477859028707
    MARKER 'MARKER' 'INTEND'
    n2_l4_relu_25 n2_l4_relu_ge_25 1 n2_l4_relu_on_25 1
    n2_l4_relu_25 n2_l4_relu_off_25 1 n2_l5_affine_eq_0 0.9915964603424072
    n2_l4_relu_25 n2_l5_affine_eq_1 -0.013898354955017567 n2_l5_affine_eq_2 0.4060443639755249
    n2_l4_relu_25 n2_l5_affine_eq_3 -0.9471750855445862 n2_l5_affine_eq_4 0.4403190612792969
    n2_l4_relu_25 n2_l5_affine_eq_5 -0.5678834915161133 n2_l5_affine_eq_6 0.6571916937828064
    n2_l4_relu_25 n2_l5_affine_eq_7 0.8309021592140198 n2_l5_affine_eq_8 1.0182639360427856
    n2_l4_relu_25 n2_l5_affine_eq_9 -1.0416680574417114
    MARKER 'MARKER' 'INTORG'
    n2_l4_relu_d_25 n2_l4_relu_on_25 -0.05019589193611197 n2_l4_relu_off_25 0.5015414790834756
    MARKER 'MARKER' 'INTEND'
    n2_l4_relu_38 n2_l4_relu_ge_38 1 n2_l4_relu_on_38 1
    n2_l4_relu_38 n2_l4_relu_off_38 1 n2_l5_affine_eq_0 1.0136568546295166
    n2_l4_relu_38 n2_l5_affine_eq_1 -0.5352655649185181 n2_l5_affine_eq_2 1.303456425666809
    n2_l4_relu_38 n2_l5_affine_eq_3 0.6906667947769165 n2_l5_affine_eq_4 0.9742494225502014
    n2_l4_relu_38 n2_l5_affine_eq_5 -1.0712718963623047 n2_l5_affine_eq_6 -0.3626217842102051
    n2_l4_relu_38 n2_l5_affine_eq_7 -0.26932385563850403 n2_l5_affine_eq_8 -0.6456577181816101
    n2_l4_relu_38 n2_l5_affine_eq_9 0.32343974709510803
    MARKER 'MARKER' 'INTORG'
    n2_l4_relu_d_38 n2_l4_relu_on_38 -0.27241970592991066 n2_l4_relu_off_38 0.17057703737844288
    MARKER 'MARKER' 'INTEND'
    n2_l5_affine_0 n2_l5_affine_eq_0 1
    n2_l5_affine_1 obj 1 n2_l5_affine_eq_1 1
    n2_l5_affine_2 obj -1 n2_l5_affine_eq_2 1
    n2_l5_affine_3 n2_l5_affine_eq_3 1
    n2_l5_affine_4 n2_l5_affine_eq_4 1
    n2_l5_affine_5 n2_l5_affine_eq_5 1
    n2_l5_affine_6 n2_l5_affine_eq_6 1
    n2_l5_affine_7 n2_l5_affine_eq_7 1
    n2_l5_affine_8 n2_l5_affine_eq_8 1
    n2_l5_affine_9 n2_l5_affine_eq_9 1
RHS
    RHS n1_l1_affine_eq_0 0.11509054154157639
    RHS n1_l1_affine_eq_1 -0.05885947868227959
    RHS n1_l1_affine_eq_2 0.06048573926091194
    RHS n1_l1_affine_eq_3 0.06482566148042679
    RHS n1_l1_affine_eq_4 -0.009803417138755322
    RHS n1_l1_affine_eq_5 -0.004746313206851482
    RHS n1_l1_affine_eq_6 -0.0403103232383728
    RHS n1_l1_affine_eq_7 0.0337558314204216
    RHS n1_l1_affine_eq_8 0.05337589606642723
    RHS n1_l1_affine_eq_9 0.059390656650066376
    RHS n1_l1_affine_eq_10 -0.036293286830186844
    RHS n1_l1_affine_eq_11 0.04998936131596565
    RHS n1_l1_affine_eq_12 0.03199391067028046
    RHS n1_l1_affine_eq_13 0.07092181593179703
    RHS n1_l1_affine_eq_14 0.044414736330509186
    RHS n1_l1_affine_eq_15 -0.07974975556135178
    RHS n1_l1_affine_eq_16 -0.021275831386446953
    RHS n1_l1_affine_eq_17 -0.05353250727057457
    RHS n1_l1_affine_eq_18 0.04436519369482994
    RHS n1_l1_affine_eq_19 0.021657681092619896
    RHS n1_l1_affine_eq_20 -0.10235467553138733
    RHS n1_l1_affine_eq_21 -0.05190667510032654
    RHS n1_l1_affine_eq_22 -0.07594186812639236
    RHS n1_l1_affine_eq_23 0.06347896158695221
    RHS n1_l1_affine_eq_24 -0.024599174037575722
    RHS n1_l1_affine_eq_25 0.009180321358144283
    RHS n1_l1_affine_eq_26 -0.00933078397065401
    RHS n1_l1_affine_eq_27 0.02597128041088581
    RHS n1_l1_affine_eq_28 -0.01401478424668312
    RHS n1_l1_affine_eq_29 0.03616862744092941
    RHS n1_l1_affine_eq_30 0.11394722759723663
    RHS n1_l1_affine_eq_31 -0.03855747729539871
    RHS n1_l1_affine_eq_32 -0.006931615527719259
    RHS n1_l1_affine_eq_33 -0.08551560342311859
    RHS n1_l1_affine_eq_34 0.01942681148648262
    RHS n1_l1_affine_eq_35 0.0017748295795172453
    RHS n1_l1_affine_eq_36 0.06093946844339371
    RHS n1_l1_affine_eq_37 0.025254465639591217
    RHS n1_l1_affine_eq_38 -0.030653029680252075
    RHS n1_l1_affine_eq_39 0.09999332576990128
    RHS n1_l1_affine_eq_40 0.0009330784669145942
    RHS n1_l1_affine_eq_41 0.03670166805386543
    RHS n1_l1_affine_eq_42 -0.036804020404815674
    RHS n1_l1_affine_eq_43 -0.0710546001791954
    RHS n1_l1_affine_eq_44 -0.0035954220220446587
    RHS n1_l1_affine_eq_45 0.05242403224110603
    RHS n1_l1_affine_eq_46 -0.01334281824529171
    RHS n1_l1_affine_eq_47 -0.11703772842884064
    RHS n1_l1_affine_eq_48 -0.06184469163417816
    RHS n1_l1_affine_eq_49 -0.04906153678894043
    RHS n1_l1_affine_eq_50 0.05743939429521561
    RHS n1_l1_affine_eq_51 0.1417713463306427
    RHS n1_l1_affine_eq_52 -0.09891938418149948
    RHS n1_l1_affine_eq_53 0.01883343979716301
    RHS n1_l1_affine_eq_54 0.09079867601394653
    RHS n1_l1_affine_eq_55 0.13261710107326508
    RHS n1_l1_affine_eq_56 0.04469373822212219
    RHS n1_l1_affine_eq_57 0.00006401719292625785
    RHS n1_l1_affine_eq_58 -0.0675853043794632
    RHS n1_l1_affine_eq_59 -0.03634510561823845
    RHS n1_l1_affine_eq_60 0.005449419375509024
    RHS n1_l1_affine_eq_61 -0.01240264717489481
    RHS n1_l1_affine_eq_62 -0.008272458799183369
    RHS n1_l1_affine_eq_63 -0.08171126991510391
    RHS n1_l1_affine_eq_64 -0.015721336007118225
    RHS n1_l1_affine_eq_65 0.02369733899831772
    RHS n1_l1_affine_eq_66 0.10182348638772964
    RHS n1_l1_affine_eq_67 -0.0593511201441288
    RHS n1_l1_affine_eq_68 -0.003538396442309022
    RHS n1_l1_affine_eq_69 0.019487159326672554
    RHS n1_l1_affine_eq_70 0.025704998522996902
    RHS n1_l1_affine_eq_71 0.03950881212949753
    RHS n1_l1_affine_eq_72 0.01797851175069809
    RHS n1_l1_affine_eq_73 -0.0485963299870491
    RHS n1_l1_affine_eq_74 0.0963122770190239
    RHS n1_l1_affine_eq_75 0.010671348311007023
    RHS n1_l1_affine_eq_76 0.07948890328407288
    RHS n1_l1_affine_eq_77 -0.1918174922466278
    RHS n1_l1_affine_eq_78 0.0259211715310812
    RHS n1_l1_affine_eq_79 0.07863327860832214
    RHS n1_l1_affine_eq_80 -0.05397415533661842
    RHS n1_l1_affine_eq_81 0.07144921272993088
    RHS n1_l1_affine_eq_82 -0.005742999259382486
    RHS n1_l1_affine_eq_83 -0.045174550265073776
    RHS n1_l1_affine_eq_84 -0.004553878679871559
    RHS n1_l1_affine_eq_85 0.12699617445468903
    RHS n1_l1_affine_eq_86 -0.048322129994630814
    RHS n1_l1_affine_eq_87 0.06587879359722137
    RHS n1_l1_affine_eq_88 0.07509337365627289
    RHS n1_l1_affine_eq_89 0.0010675073135644197
    RHS n1_l1_affine_eq_90 0.1076996773481369
    RHS n1_l1_affine_eq_91 0.027998339384794235
    RHS n1_l1_affine_eq_92 0.08170047402381897
    RHS n1_l1_affine_eq_93 0.0018260596552863717
    RHS n1_l1_affine_eq_94 0.05185490474104881
    RHS n1_l1_affine_eq_95 0.06655088067054749
    RHS n1_l1_affine_eq_96 0.09438129514455795
    RHS n1_l1_affine_eq_97 0.08828116953372955
    RHS n1_l1_affine_eq_98 -0.04730609804391861
    RHS n1_l1_affine_eq_99 -0.020135782659053802
    RHS n1_l2_relu_off_24 0.07795698734613894
    RHS n1_l2_relu_off_37 0.05114455463328177
    RHS n1_l2_relu_off_44 0.023473833964846133
    RHS n1_l2_relu_off_57 0.08422717340236274
    RHS n1_l2_relu_off_58 0.01832597590755611
    RHS n1_l2_relu_off_65 0.034001958629562644
    RHS n1_l2_relu_off_83 0.07778392299997036
    RHS n1_l2_relu_off_96 0.031040726607681444
    RHS n1_l3_affine_eq_0 0.05470533296465874
    RHS n1_l3_affine_eq_1 0.014310243539512157
    RHS n1_l3_affine_eq_2 0.09968121349811554
    RHS n1_l3_affine_eq_3 0.14495906233787537
    RHS n1_l3_affine_eq_4 0.08755128085613251
    RHS n1_l3_affine_eq_5 0.11195255815982819
    RHS n1_l3_affine_eq_6 -0.057959575206041336
    RHS n1_l3_affine_eq_7 0.053111474961042404
    RHS n1_l3_affine_eq_8 0.10862565040588379
    RHS n1_l3_affine_eq_9 0.05134646221995354
    RHS n1_l3_affine_eq_10 -0.05493556708097458
    RHS n1_l3_affine_eq_11 0.08215703070163727
    RHS n1_l3_affine_eq_12 -0.08022870123386383
    RHS n1_l3_affine_eq_13 0.15479212999343872
    RHS n1_l3_affine_eq_14 -0.06667797267436981
    RHS n1_l3_affine_eq_15 0.026512691751122475
    RHS n1_l3_affine_eq_16 0.00940654519945383
    RHS n1_l3_affine_eq_17 -0.07050911337137222
    RHS n1_l3_affine_eq_18 0.032588470727205276
    RHS n1_l3_affine_eq_19 0.06791715323925018
    RHS n1_l3_affine_eq_20 0.06939951330423355
    RHS n1_l3_affine_eq_21 0.08453850448131561
    RHS n1_l3_affine_eq_22 0.15517675876617432
    RHS n1_l3_affine_eq_23 0.05776996538043022
    RHS n1_l3_affine_eq_24 -0.05488939583301544
    RHS n1_l3_affine_eq_25 0.15784618258476257
    RHS n1_l3_affine_eq_26 -0.04485425725579262
    RHS n1_l3_affine_eq_27 0.01687639392912388
    RHS n1_l3_affine_eq_28 -0.023431986570358276
    RHS n1_l3_affine_eq_29 0.10551414638757706
    RHS n1_l3_affine_eq_30 0.10247129946947098
    RHS n1_l3_affine_eq_31 0.1117321327328682
    RHS n1_l3_affine_eq_32 0.10722459852695465
    RHS n1_l3_affine_eq_33 0.15061688423156738
    RHS n1_l3_affine_eq_34 0.07720895856618881
    RHS n1_l3_affine_eq_35 0.01622425951063633
    RHS n1_l3_affine_eq_36 0.08980515599250793
    RHS n1_l3_affine_eq_37 0.05640770122408867
    RHS n1_l3_affine_eq_38 -0.01379819493740797
    RHS n1_l3_affine_eq_39 0.03101789765059948
    RHS n1_l3_affine_eq_40 0.10794159770011902
    RHS n1_l3_affine_eq_41 0.20698261260986328
    RHS n1_l3_affine_eq_42 0.00697097135707736
    RHS n1_l3_affine_eq_43 0.050621699541807175
    RHS n1_l3_affine_eq_44 0.02705211564898491
    RHS n1_l3_affine_eq_45 0.07305159419775009
    RHS n1_l3_affine_eq_46 -0.06035546585917473
    RHS n1_l3_affine_eq_47 -0.012907340191304684
    RHS n1_l3_affine_eq_48 -0.11566410958766937
    RHS n1_l3_affine_eq_49 -0.040189046412706375
    RHS n1_l3_affine_eq_50 0.015299300663173199
    RHS n1_l3_affine_eq_51 -0.003259662538766861
    RHS n1_l3_affine_eq_52 0.025100648403167725
    RHS n1_l3_affine_eq_53 -0.09846831858158112
    RHS n1_l3_affine_eq_54 -0.04288079962134361
    RHS n1_l3_affine_eq_55 0.02035657688975334
    RHS n1_l3_affine_eq_56 0.012774823233485222
    RHS n1_l3_affine_eq_57 -0.059836246073246
    RHS n1_l3_affine_eq_58 0.11437877267599106
    RHS n1_l3_affine_eq_59 -0.000004967674612998962
    RHS n1_l3_affine_eq_60 0.05193404480814934
    RHS n1_l3_affine_eq_61 0.05629432573914528
    RHS n1_l3_affine_eq_62 0.0386224240064621
    RHS n1_l3_affine_eq_63 0.07022920995950699
    RHS n1_l3_affine_eq_64 0.0010649998439475894
    RHS n1_l3_affine_eq_65 0.05564849451184273
    RHS n1_l3_affine_eq_66 0.030704546719789505
    RHS n1_l3_affine_eq_67 -0.0007096946937963367
    RHS n1_l3_affine_eq_68 -0.08158787339925766
    RHS n1_l3_affine_eq_69 -0.07290069013834
    RHS n1_l3_affine_eq_70 -0.012662976048886776
    RHS n1_l3_affine_eq_71 -0.08272889256477356
    RHS n1_l3_affine_eq_72 0.0713639110326767
    RHS n1_l3_affine_eq_73 -0.032053474336862564
    RHS n1_l3_affine_eq_74 0.11169033497571945
    RHS n1_l3_affine_eq_75 0.05898680165410042
    RHS n1_l3_affine_eq_76 -0.00041041866643354297
    RHS n1_l3_affine_eq_77 -0.03765979781746864
    RHS n1_l3_affine_eq_78 -0.060253120958805084
    RHS n1_l3_affine_eq_79 -0.12025132030248642
    RHS n1_l4_relu_off_0 0.11799941696037486
    RHS n1_l4_relu_off_3 0.06077554645359526
    RHS n1_l4_relu_off_5 0.03359321087127026
    RHS n1_l4_relu_off_14 0.06924737357068708
    RHS n1_l4_relu_off_16 0.057746348073029176
    RHS n1_l4_relu_off_21 0.09756423718890302
    RHS n1_l4_relu_off_28 0.018239983737585636
    RHS n1_l4_relu_off_41 0.13048815620237228
    RHS n1_l4_relu_off_55 0.008583060766928984
    RHS n1_l4_relu_off_61 0.018171683648752327
    RHS n1_l4_relu_off_65 0.14225993769339584
    RHS n1_l4_relu_off_68 0.008292882158241659
    RHS n1_l4_relu_off_73 0.0797596310717352
    RHS n1_l4_relu_off_77 0.03842800536511915
    RHS n1_l5_affine_eq_0 0.05733681097626686
    RHS n1_l5_affine_eq_1 0.1609688401222229
    RHS n1_l5_affine_eq_2 0.08344544470310211
    RHS n1_l5_affine_eq_3 0.02819240465760231
    RHS n1_l5_affine_eq_4 0.028416283428668976
    RHS n1_l5_affine_eq_5 -0.052522070705890656
    RHS n1_l5_affine_eq_6 0.0568394772708416
    RHS n1_l5_affine_eq_7 0.09567353129386902
    RHS n1_l5_affine_eq_8 -0.019529053941369057
    RHS n1_l5_affine_eq_9 -0.0030309695284813643
    RHS n1_l5_affine_eq_10 0.06383948028087616
    RHS n1_l5_affine_eq_11 0.04057146608829498
    RHS n1_l5_affine_eq_12 -0.06821532547473907
    RHS n1_l5_affine_eq_13 -0.06910106539726257
    RHS n1_l5_affine_eq_14 0.0965408906340599
    RHS n1_l5_affine_eq_15 0.08864846080541611
    RHS n1_l5_affine_eq_16 -0.03659716248512268
    RHS n1_l5_affine_eq_17 0.10346213728189468
    RHS n1_l5_affine_eq_18 0.11770901829004288
    RHS n1_l5_affine_eq_19 0.1692434549331665
    RHS n1_l5_affine_eq_20 -0.0865454226732254
    RHS n1_l5_affine_eq_21 0.12762221693992615
    RHS n1_l5_affine_eq_22 0.1110508069396019
    RHS n1_l5_affine_eq_23 -0.07185804843902588
    RHS n1_l5_affine_eq_24 0.04181936755776405
    RHS n1_l5_affine_eq_25 0.09092655032873154
    RHS n1_l5_affine_eq_26 0.09092415124177933
    RHS n1_l5_affine_eq_27 0.03739601746201515
    RHS n1_l5_affine_eq_28 -0.04467723146080971
    RHS n1_l5_affine_eq_29 0.04287057742476463
    RHS n1_l5_affine_eq_30 0.06006762012839317
    RHS n1_l5_affine_eq_31 0.0938575342297554
    RHS n1_l5_affine_eq_32 -0.06376788765192032
    RHS n1_l5_affine_eq_33 -0.029407506808638573
    RHS n1_l5_affine_eq_34 -0.042438022792339325
    RHS n1_l5_affine_eq_35 0.14522436261177063
    RHS n1_l5_affine_eq_36 0.04072351008653641
    RHS n1_l5_affine_eq_37 -0.0238814540207386
    RHS n1_l5_affine_eq_38 0.15963295102119446
    RHS n1_l5_affine_eq_39 -0.031232280656695366
    RHS n1_l5_affine_eq_40 0.02785678394138813
    RHS n1_l5_affine_eq_41 -0.14484639465808868
    RHS n1_l5_affine_eq_42 0.174655020236969
    RHS n1_l5_affine_eq_43 0.09641946852207184
    RHS n1_l5_affine_eq_44 0.038755159825086594
    RHS n1_l5_affine_eq_45 0.09485240280628204
    RHS n1_l5_affine_eq_46 0.02147611230611801
    RHS n1_l5_affine_eq_47 0.05471501871943474
    RHS n1_l5_affine_eq_48 0.10649310052394867
    RHS n1_l5_affine_eq_49 0.09910751134157181
    RHS n1_l5_affine_eq_50 0.10532953590154648
    RHS n1_l5_affine_eq_51 0.10840197652578354
    RHS n1_l5_affine_eq_52 0.08163036406040192
    RHS n1_l5_affine_eq_53 0.005405203439295292
    RHS n1_l5_affine_eq_54 -0.07046377658843994
    RHS n1_l5_affine_eq_55 0.0427064411342144
    RHS n1_l5_affine_eq_56 -0.08739127963781357
    RHS n1_l5_affine_eq_57 0.11640804260969162
    RHS n1_l5_affine_eq_58 0.11811956763267517
    RHS n1_l5_affine_eq_59 -0.03189827874302864
    RHS n1_l6_relu_off_8 0.10442375694212197
    RHS n1_l6_relu_off_9 0.14486281400784584
    RHS n1_l6_relu_off_14 0.13219455131745614
    RHS n1_l6_relu_off_35 0.23471167760133752
    RHS n1_l6_relu_off_41 0.13531330618530354
    RHS n1_l6_relu_off_58 0.12900095385647503
    RHS n1_l7_affine_eq_0 0.06959915906190872
    RHS n1_l7_affine_eq_1 -0.12279949337244034
    RHS n1_l7_affine_eq_2 0.026279881596565247
    RHS n1_l7_affine_eq_3 0.023543089628219604
    RHS n1_l7_affine_eq_4 -0.00011161847214680165
    RHS n1_l7_affine_eq_5 -0.06277734041213989
    RHS n1_l7_affine_eq_6 0.04784402623772621
    RHS n1_l7_affine_eq_7 0.061241135001182556
    RHS n1_l7_affine_eq_8 0.04742831364274025
    RHS n1_l7_affine_eq_9 0.0686320811510086
    RHS n1_l7_affine_eq_10 0.04937073215842247
    RHS n1_l7_affine_eq_11 0.16264598071575165
    RHS n1_l7_affine_eq_12 0.09948480874300003
    RHS n1_l7_affine_eq_13 0.19426436722278595
    RHS n1_l7_affine_eq_14 -0.04938236251473427
    RHS n1_l7_affine_eq_15 0.16009625792503357
    RHS n1_l7_affine_eq_16 0.04931006208062172
    RHS n1_l7_affine_eq_17 -0.020708967000246048
    RHS n1_l7_affine_eq_18 0.06244851276278496
    RHS n1_l7_affine_eq_19 0.03979466110467911
    RHS n1_l7_affine_eq_20 0.09358347952365875
    RHS n1_l7_affine_eq_21 -0.029858464375138283
    RHS n1_l7_affine_eq_22 0.10584688186645508
    RHS n1_l7_affine_eq_23 0.10261306166648865
    RHS n1_l7_affine_eq_24 -0.060793161392211914
    RHS n1_l7_affine_eq_25 0.05442429706454277
    RHS n1_l7_affine_eq_26 0.06818635761737823
    RHS n1_l7_affine_eq_27 -0.10482747107744217
    RHS n1_l7_affine_eq_28 0.1831369698047638
    RHS n1_l7_affine_eq_29 0.025331560522317886
    RHS n1_l7_affine_eq_30 -0.04082048311829567
    RHS n1_l7_affine_eq_31 -0.06372762471437454
    RHS n1_l7_affine_eq_32 0.06350153684616089
    RHS n1_l7_affine_eq_33 0.03598129376769066
    RHS n1_l7_affine_eq_34 0.009068875573575497
    RHS n1_l7_affine_eq_35 0.02685396559536457
    RHS n1_l7_affine_eq_36 0.1356605589389801
    RHS n1_l7_affine_eq_37 0.0459277518093586
    RHS n1_l7_affine_eq_38 0.04483889043331146
    RHS n1_l7_affine_eq_39 -0.06253806501626968
    RHS n1_l8_relu_off_13 0.40491113186857497
    RHS n1_l8_relu_off_15 0.21465923715102483
    RHS n1_l8_relu_off_27 0.011085718288864664
    RHS n1_l8_relu_off_35 0.3282073109276813
    RHS n1_l9_affine_eq_0 -0.005995690356940031
    RHS n1_l9_affine_eq_1 0.1164756789803505
    RHS n1_l9_affine_eq_2 -0.048642002046108246
    RHS n1_l9_affine_eq_3 0.15061454474925995
    RHS n1_l9_affine_eq_4 0.05001265928149223
    RHS n1_l9_affine_eq_5 0.14744634926319122
    RHS n1_l9_affine_eq_6 0.12829168140888214
    RHS n1_l9_affine_eq_7 0.13346360623836517
    RHS n1_l9_affine_eq_8 -0.00931696966290474
    RHS n1_l9_affine_eq_9 0.0710425153374672
    RHS n1_l9_affine_eq_10 0.10783291608095169
    RHS n1_l9_affine_eq_11 -0.0024946669582277536
    RHS n1_l9_affine_eq_12 0.016590150073170662
    RHS n1_l9_affine_eq_13 0.033591724932193756
    RHS n1_l9_affine_eq_14 0.09709321707487106
    RHS n1_l9_affine_eq_15 0.0520830973982811
    RHS n1_l9_affine_eq_16 0.12913484871387482
    RHS n1_l9_affine_eq_17 0.13073396682739258
    RHS n1_l9_affine_eq_18 0.03869090974330902
    RHS n1_l9_affine_eq_19 0.09283775091171265
    RHS n1_l10_relu_off_0 0.38486872296578256
    RHS n1_l10_relu_off_1 0.2386231913249232
    RHS n1_l10_relu_off_5 0.9472778211934191
    RHS n1_l11_affine_eq_0 -0.04200107604265213
    RHS n1_l11_affine_eq_1 0.0382605716586113
    RHS n1_l11_affine_eq_2 -0.08315256983041763
    RHS n1_l11_affine_eq_3 0.04455331340432167
    RHS n1_l11_affine_eq_4 0.08645568042993546
    RHS n1_l11_affine_eq_5 -0.031440142542123795
    RHS n1_l11_affine_eq_6 -0.049228981137275696
    RHS n1_l11_affine_eq_7 0.05193651095032692
    RHS n1_l11_affine_eq_8 -0.0228508822619915
    RHS n1_l11_affine_eq_9 -0.016127321869134903
    RHS n2_l1_affine_eq_0 0.2263183444738388
    RHS n2_l1_affine_eq_1 0.1085592731833458
    RHS n2_l1_affine_eq_2 0.055035240948200226
    RHS n2_l1_affine_eq_3 0.10199909657239914
    RHS n2_l1_affine_eq_4 -0.08663815259933472
    RHS n2_l1_affine_eq_5 0.08518248796463013
    RHS n2_l1_affine_eq_6 0.09736833721399307
    RHS n2_l1_affine_eq_7 0.1901525855064392
    RHS n2_l1_affine_eq_8 -0.2207922637462616
    RHS n2_l1_affine_eq_9 0.40028446912765503
    RHS n2_l1_affine_eq_10 0.22355617582798004
    RHS n2_l1_affine_eq_11 0.28522002696990967
    RHS n2_l1_affine_eq_12 0.18831507861614227
    RHS n2_l1_affine_eq_13 0.32575470209121704
    RHS n2_l1_affine_eq_14 0.31120386719703674
    RHS n2_l1_affine_eq_15 0.37945398688316345
    RHS n2_l1_affine_eq_16 0.18525640666484833
    RHS n2_l1_affine_eq_17 0.1640629768371582
    RHS n2_l1_affine_eq_18 0.24620270729064941
    RHS n2_l1_affine_eq_19 0.19259817898273468
    RHS n2_l1_affine_eq_20 -0.13487963378429413
    RHS n2_l1_affine_eq_21 0.06990920752286911
    RHS n2_l1_affine_eq_22 0.3103795647621155
    RHS n2_l1_affine_eq_23 0.14092576503753662
    RHS n2_l1_affine_eq_24 0.3189074397087097
    RHS n2_l1_affine_eq_25 -0.01974599063396454
    RHS n2_l1_affine_eq_26 0.2618231773376465
    RHS n2_l1_affine_eq_27 0.12448210269212723
    RHS n2_l1_affine_eq_28 -0.17134737968444824
    RHS n2_l1_affine_eq_29 0.10994229465723038
    RHS n2_l1_affine_eq_30 0.0028481087647378445
    RHS n2_l1_affine_eq_31 -0.020442193374037743
    RHS n2_l1_affine_eq_32 0.12631995975971222
    RHS n2_l1_affine_eq_33 0.2809189558029175
    RHS n2_l1_affine_eq_34 0.37587764859199524
    RHS n2_l1_affine_eq_35 -0.250406950712204
    RHS n2_l1_affine_eq_36 0.29740357398986816
    RHS n2_l1_affine_eq_37 -0.09263861924409866
    RHS n2_l1_affine_eq_38 -0.12382732331752777
    RHS n2_l1_affine_eq_39 0.13843904435634613
    RHS n2_l2_relu_off_7 0.07924134093506092
    RHS n2_l3_affine_eq_0 0.5050264596939087
    RHS n2_l3_affine_eq_1 0.3978061079978943
    RHS n2_l3_affine_eq_2 0.1617572009563446
    RHS n2_l3_affine_eq_3 0.12327875941991806
    RHS n2_l3_affine_eq_4 0.1032419428229332
    RHS n2_l3_affine_eq_5 0.08533737063407898
    RHS n2_l3_affine_eq_6 0.06883705407381058
    RHS n2_l3_affine_eq_7 0.186040461063385
    RHS n2_l3_affine_eq_8 -0.18155880272388458
    RHS n2_l3_affine_eq_9 0.20029820501804352
    RHS n2_l3_affine_eq_10 0.21773195266723633
    RHS n2_l3_affine_eq_11 0.12886252999305725
    RHS n2_l3_affine_eq_12 0.13606731593608856
    RHS n2_l3_affine_eq_13 0.17764276266098022
    RHS n2_l3_affine_eq_14 0.24581393599510193
    RHS n2_l3_affine_eq_15 0.30621466040611267
    RHS n2_l3_affine_eq_16 0.3846135437488556
    RHS n2_l3_affine_eq_17 0.05306898429989815
    RHS n2_l3_affine_eq_18 0.17859283089637756
    RHS n2_l3_affine_eq_19 -0.31164222955703735
    RHS n2_l3_affine_eq_20 0.3526966869831085
    RHS n2_l3_affine_eq_21 0.1727495640516281
    RHS n2_l3_affine_eq_22 0.3638165593147278
    RHS n2_l3_affine_eq_23 -0.12071863561868668
    RHS n2_l3_affine_eq_24 0.009066348895430565
    RHS n2_l3_affine_eq_25 0.19772271811962128
    RHS n2_l3_affine_eq_26 0.27671951055526733
    RHS n2_l3_affine_eq_27 0.5374980568885803
    RHS n2_l3_affine_eq_28 0.3192600905895233
    RHS n2_l3_affine_eq_29 -0.042628854513168335
    RHS n2_l3_affine_eq_30 0.5753452777862549
    RHS n2_l3_affine_eq_31 0.39877161383628845
    RHS n2_l3_affine_eq_32 0.16797390580177307
    RHS n2_l3_affine_eq_33 0.11421143263578415
    RHS n2_l3_affine_eq_34 0.11947142332792282
    RHS n2_l3_affine_eq_35 0.2625901997089386
    RHS n2_l3_affine_eq_36 0.24693675339221954
    RHS n2_l3_affine_eq_37 0.044974055141210556
    RHS n2_l3_affine_eq_38 0.3241995573043823
    RHS n2_l3_affine_eq_39 0.6737856268882751
    RHS n2_l4_relu_off_4 0.3359299391400575
    RHS n2_l4_relu_off_8 0.4017477859028707
    RHS n2_l4_relu_off_25 0.5015414790834756
    RHS n2_l4_relu_off_38 0.17057703737844288
    RHS n2_l5_affine_eq_0 -0.3012012243270874
    RHS n2_l5_affine_eq_1 -0.09183962643146515
    RHS n2_l5_affine_eq_2 -0.11747969686985016
    RHS n2_l5_affine_eq_3 0.29497605562210083
    RHS n2_l5_affine_eq_4 0.10389667749404907
    RHS n2_l5_affine_eq_5 0.38417935371398926
    RHS n2_l5_affine_eq_6 -0.4983561635017395
    RHS n2_l5_affine_eq_7 -0.021090038120746613
    RHS n2_l5_affine_eq_8 -0.046835657209157944
    RHS n2_l5_affine_eq_9 -0.09836053848266602
BOUNDS
 UP BND x_0 0.00500000325721
 UP BND x_1 0.0051229150000000005
 LO BND x_2 0.020827599999999998
 UP BND x_2 0.0308276
 LO BND x_3 0.117451
 UP BND x_3 0.127451
 LO BND x_4 0.09740399999999999
 UP BND x_4 0.107404
 UP BND x_5 0.009647880000000001
 UP BND x_6 0.0050005894
 UP BND x_7 0.005
 UP BND x_8 0.00500164392
 LO BND x_9 0.0068808
 UP BND x_9 0.0168808
 LO BND x_10 0.448269
 UP BND x_10 0.458269
 LO BND x_11 0.620402
 UP BND x_11 0.630402
 LO BND x_12 0.67304
 UP BND x_12 0.68304
 LO BND x_13 0.067803
 UP BND x_13 0.07780300000000001
 UP BND x_14 0.0050242015000000004
 UP BND x_15 0.005
 UP BND x_16 0.00500197185
 LO BND x_17 0.00491477
 UP BND x_17 0.01491477
 LO BND x_18 0.182118
 UP BND x_18 0.192118
 LO BND x_19 0.173022
 UP BND x_19 0.18302200000000002
 LO BND x_20 0.671787
 UP BND x_20 0.681787
 LO BND x_21 0.0521922
 UP BND x_21 0.062192199999999996
 UP BND x_22 0.0050145755
 UP BND x_23 0.005
 UP BND x_24 0.00500000464893
 UP BND x_25 0.0050489113
 LO BND x_26 0.029813299999999997
 UP BND x_26 0.039813299999999996
 LO BND x_27 0.567879
 UP BND x_27 0.577879
 LO BND x_28 0.302332
 UP BND x_28 0.312332
 UP BND x_29 0.00990696
 UP BND x_30 0.005000245708
 UP BND x_31 0.005
 UP BND x_32 0.005
 UP BND x_33 0.0074756300000000005
 LO BND x_34 0.291566
 UP BND x_34 0.301566
 LO BND x_35 0.58295
 UP BND x_35 0.59295
 LO BND x_36 0.0249373
 UP BND x_36 0.0349373
 UP BND x_37 0.005900601
 UP BND x_38 0.00825011
 UP BND x_39 0.00692727
 UP BND x_40 0.005
 LO BND x_41 0.0082227
 UP BND x_41 0.0182227
 LO BND x_42 0.633274
 UP BND x_42 0.643274
 LO BND x_43 0.458068
 UP BND x_43 0.468068
 LO BND x_44 0.258992
 UP BND x_44 0.268992
 LO BND x_45 0.25460499999999997
 UP BND x_45 0.264605
 LO BND x_46 0.380865
 UP BND x_46 0.390865
 LO BND x_47 0.214815
 UP BND x_47 0.22481500000000001
 UP BND x_48 0.005
 UP BND x_49 0.0086735
 LO BND x_50 0.235796
 UP BND x_50 0.24579600000000001
 LO BND x_51 0.428392
 UP BND x_51 0.438392
 LO BND x_52 0.514738
 UP BND x_52 0.524738
 LO BND x_53 0.372222
 UP BND x_53 0.382222
 LO BND x_54 0.234959
 UP BND x_54 0.244959
 LO BND x_55 0.099436
 UP BND x_55 0.109436
 UP BND x_56 0.005
 UP BND x_57 0.0050107559
 UP BND x_58 0.00653322
 UP BND x_59 0.00886138
 LO BND x_60 0.0008378299999999995
 UP BND x_60 0.01083783
 UP BND x_61 0.00802271
 UP BND x_62 0.005586734
 UP BND x_63 0.005179485
 FR BND n1_l1_affine_0
 FR BND n1_l1_affine_1
 FR BND n1_l1_affine_2
 FR BND n1_l1_affine_3
 FR BND n1_l1_affine_4
 FR BND n1_l1_affine_5
 FR BND n1_l1_affine_6
 FR BND n1_l1_affine_7
 FR BND n1_l1_affine_8
 FR BND n1_l1_affine_9
 FR BND n1_l1_affine_10
 FR BND n1_l1_affine_11
 FR BND n1_l1_affine_12
 FR BND n1_l1_affine_13
 FR BND n1_l1_affine_14
 FR BND n1_l1_affine_15
 FR BND n1_l1_affine_16
 FR BND n1_l1_affine_17
 FR BND n1_l1_affine_18
 FR BND n1_l1_affine_19
 FR BND n1_l1_affine_20
 FR BND n1_l1_affine_21
 FR BND n1_l1_affine_22
 FR BND n1_l1_affine_23
 FR BND n1_l1_affine_24
 FR BND n1_l1_affine_25
 FR BND n1_l1_affine_26
 FR BND n1_l1_affine_27
 FR BND n1_l1_affine_28
 FR BND n1_l1_affine_29
 FR BND n1_l1_affine_30
 FR BND n1_l1_affine_31
 FR BND n1_l1_affine_32
 FR BND n1_l1_affine_33
 FR BND n1_l1_affine_34
 FR BND n1_l1_affine_35
 FR BND n1_l1_affine_36
 FR BND n1_l1_affine_37
 FR BND n1_l1_affine_38
 FR BND n1_l1_affine_39
 FR BND n1_l1_affine_40
 FR BND n1_l1_affine_41
 FR BND n1_l1_affine_42
 FR BND n1_l1_affine_43
 FR BND n1_l1_affine_44
 FR BND n1_l1_affine_45
 FR BND n1_l1_affine_46
 FR BND n1_l1_affine_47
 FR BND n1_l1_affine_48
 FR BND n1_l1_affine_49
 FR BND n1_l1_affine_50
 FR BND n1_l1_affine_51
 FR BND n1_l1_affine_52
 FR BND n1_l1_affine_53
 FR BND n1_l1_affine_54
 FR BND n1_l1_affine_55
 FR BND n1_l1_affine_56
 FR BND n1_l1_affine_57
 FR BND n1_l1_affine_58
 FR BND n1_l1_affine_59
 FR BND n1_l1_affine_60
 FR BND n1_l1_affine_61
 FR BND n1_l1_affine_62
 FR BND n1_l1_affine_63
 FR BND n1_l1_affine_64
 FR BND n1_l1_affine_65
 FR BND n1_l1_affine_66
 FR BND n1_l1_affine_67
 FR BND n1_l1_affine_68
 FR BND n1_l1_affine_69
 FR BND n1_l1_affine_70
 FR BND n1_l1_affine_71
 FR BND n1_l1_affine_72
 FR BND n1_l1_affine_73
 FR BND n1_l1_affine_74
 FR BND n1_l1_affine_75
 FR BND n1_l1_affine_76
 FR BND n1_l1_affine_77
 FR BND n1_l1_affine_78
 FR BND n1_l1_affine_79
 FR BND n1_l1_affine_80
 FR BND n1_l1_affine_81
 FR BND n1_l1_affine_82
 FR BND n1_l1_affine_83
 FR BND n1_l1_affine_84
 FR BND n1_l1_affine_85
 FR BND n1_l1_affine_86
 FR BND n1_l1_affine_87
 FR BND n1_l1_affine_88
 FR BND n1_l1_affine_89
 FR BND n1_l1_affine_90
 FR BND n1_l1_affine_91
 FR BND n1_l1_affine_92
 FR BND n1_l1_affine_93
 FR BND n1_l1_affine_94
 FR BND n1_l1_affine_95
 FR BND n1_l1_affine_96
 FR BND n1_l1_affine_97
 FR BND n1_l1_affine_98
 FR BND n1_l1_affine_99
 UP BND n1_l2_relu_24 0.024306572299492468
 LO BND n1_l2_relu_d_24 0
 UP BND n1_l2_relu_d_24 1
 UP BND n1_l2_relu_37 0.02528675786123913
 LO BND n1_l2_relu_d_37 0
 UP BND n1_l2_relu_d_37 1
 UP BND n1_l2_relu_44 0.061525880769009056
 LO BND n1_l2_relu_d_44 0
 UP BND n1_l2_relu_d_44 1
 UP BND n1_l2_relu_57 0.007001132988742518
 LO BND n1_l2_relu_d_57 0
 UP BND n1_l2_relu_d_57 1
 UP BND n1_l2_relu_58 0.07673980755616401
 LO BND n1_l2_relu_d_58 0
 UP BND n1_l2_relu_d_58 1
 UP BND n1_l2_relu_65 0.05454777486434126
 LO BND n1_l2_relu_d_65 0
 UP BND n1_l2_relu_d_65 1
 UP BND n1_l2_relu_83 0.02081059853452229
 LO BND n1_l2_relu_d_83 0
 UP BND n1_l2_relu_d_83 1
 UP BND n1_l2_relu_96 0.07611712833847123
 LO BND n1_l2_relu_d_96 0
 UP BND n1_l2_relu_d_96 1
 FR BND n1_l3_affine_0
 FR BND n1_l3_affine_1
 FR BND n1_l3_affine_2
 FR BND n1_l3_affine_3
 FR BND n1_l3_affine_4
 FR BND n1_l3_affine_5
 FR BND n1_l3_affine_6
 FR BND n1_l3_affine_7
 FR BND n1_l3_affine_8
 FR BND n1_l3_affine_9
 FR BND n1_l3_affine_10
 FR BND n1_l3_affine_11
 FR BND n1_l3_affine_12
 FR BND n1_l3_affine_13
 FR BND n1_l3_affine_14
 FR BND n1_l3_affine_15
 FR BND n1_l3_affine_16
 FR BND n1_l3_affine_17
 FR BND n1_l3_affine_18
 FR BND n1_l3_affine_19
 FR BND n1_l3_affine_20
 FR BND n1_l3_affine_21
 FR BND n1_l3_affine_22
 FR BND n1_l3_affine_23
 FR BND n1_l3_affine_24
 FR BND n1_l3_affine_25
 FR BND n1_l3_affine_26
 FR BND n1_l3_affine_27
 FR BND n1_l3_affine_28
 FR BND n1_l3_affine_29
 FR BND n1_l3_affine_30
 FR BND n1_l3_affine_31
 FR BND n1_l3_affine_32
 FR BND n1_l3_affine_33
 FR BND n1_l3_affine_34
 FR BND n1_l3_affine_35
 FR BND n1_l3_affine_36
 FR BND n1_l3_affine_37
 FR BND n1_l3_affine_38
 FR BND n1_l3_affine_39
 FR BND n1_l3_affine_40
 FR BND n1_l3_affine_41
 FR BND n1_l3_affine_42
 FR BND n1_l3_affine_43
 FR BND n1_l3_affine_44
 FR BND n1_l3_affine_45
 FR BND n1_l3_affine_46
 FR BND n1_l3_affine_47
 FR BND n1_l3_affine_48
 FR BND n1_l3_affine_49
 FR BND n1_l3_affine_50
 FR BND n1_l3_affine_51
 FR BND n1_l3_affine_52
 FR BND n1_l3_affine_53
 FR BND n1_l3_affine_54
 FR BND n1_l3_affine_55
 FR BND n1_l3_affine_56
 FR BND n1_l3_affine_57
 FR BND n1_l3_affine_58
 FR BND n1_l3_affine_59
 FR BND n1_l3_affine_60
 FR BND n1_l3_affine_61
 FR BND n1_l3_affine_62
 FR BND n1_l3_affine_63
 FR BND n1_l3_affine_64
 FR BND n1_l3_affine_65
 FR BND n1_l3_affine_66
 FR BND n1_l3_affine_67
 FR BND n1_l3_affine_68
 FR BND n1_l3_affine_69
 FR BND n1_l3_affine_70
 FR BND n1_l3_affine_71
 FR BND n1_l3_affine_72
 FR BND n1_l3_affine_73
 FR BND n1_l3_affine_74
 FR BND n1_l3_affine_75
 FR BND n1_l3_affine_76
 FR BND n1_l3_affine_77
 FR BND n1_l3_affine_78
 FR BND n1_l3_affine_79
 UP BND n1_l4_relu_0 0.018189942095507252
 LO BND n1_l4_relu_d_0 0
 UP BND n1_l4_relu_d_0 1
 UP BND n1_l4_relu_3 0.06449910069116838
 LO BND n1_l4_relu_d_3 0
 UP BND n1_l4_relu_d_3 1
 UP BND n1_l4_relu_5 0.09000705782125659
 LO BND n1_l4_relu_d_5 0
 UP BND n1_l4_relu_d_5 1
 UP BND n1_l4_relu_14 0.13121098530393804
 LO BND n1_l4_relu_d_14 0
 UP BND n1_l4_relu_d_14 1
 UP BND n1_l4_relu_16 0.10128461318869966
 LO BND n1_l4_relu_d_16 0
 UP BND n1_l4_relu_d_16 1
 UP BND n1_l4_relu_21 0.09041525775577207
 LO BND n1_l4_relu_d_21 0
 UP BND n1_l4_relu_d_21 1
 UP BND n1_l4_relu_28 0.17483590872058394
 LO BND n1_l4_relu_d_28 0
 UP BND n1_l4_relu_d_28 1
 UP BND n1_l4_relu_41 0.037875553903937285
 LO BND n1_l4_relu_d_41 0
 UP BND n1_l4_relu_d_41 1
 UP BND n1_l4_relu_55 0.12379674130104507
 LO BND n1_l4_relu_d_55 0
 UP BND n1_l4_relu_d_55 1
 UP BND n1_l4_relu_61 0.09241647586391123
 LO BND n1_l4_relu_d_61 0
 UP BND n1_l4_relu_d_61 1
 UP BND n1_l4_relu_65 0.020807674535325688
 LO BND n1_l4_relu_d_65 0
 UP BND n1_l4_relu_d_65 1
 UP BND n1_l4_relu_68 0.11749530370194476
 LO BND n1_l4_relu_d_68 0
 UP BND n1_l4_relu_d_68 1
 UP BND n1_l4_relu_73 0.07680455109117548
 LO BND n1_l4_relu_d_73 0
 UP BND n1_l4_relu_d_73 1
 UP BND n1_l4_relu_77 0.07902268728906761
 LO BND n1_l4_relu_d_77 0
 UP BND n1_l4_relu_d_77 1
 FR BND n1_l5_affine_0
 FR BND n1_l5_affine_1
 FR BND n1_l5_affine_2
 FR BND n1_l5_affine_3
 FR BND n1_l5_affine_4
 FR BND n1_l5_affine_5
 FR BND n1_l5_affine_6
 FR BND n1_l5_affine_7
 FR BND n1_l5_affine_8
 FR BND n1_l5_affine_9
 FR BND n1_l5_affine_10
 FR BND n1_l5_affine_11
 FR BND n1_l5_affine_12
 FR BND n1_l5_affine_13
 FR BND n1_l5_affine_14
 FR BND n1_l5_affine_15
 FR BND n1_l5_affine_16
 FR BND n1_l5_affine_17
 FR BND n1_l5_affine_18
 FR BND n1_l5_affine_19
 FR BND n1_l5_affine_20
 FR BND n1_l5_affine_21
 FR BND n1_l5_affine_22
 FR BND n1_l5_affine_23
 FR BND n1_l5_affine_24
 FR BND n1_l5_affine_25
 FR BND n1_l5_affine_26
 FR BND n1_l5_affine_27
 FR BND n1_l5_affine_28
 FR BND n1_l5_affine_29
 FR BND n1_l5_affine_30
 FR BND n1_l5_affine_31
 FR BND n1_l5_affine_32
 FR BND n1_l5_affine_33
 FR BND n1_l5_affine_34
 FR BND n1_l5_affine_35
 FR BND n1_l5_affine_36
 FR BND n1_l5_affine_37
 FR BND n1_l5_affine_38
 FR BND n1_l5_affine_39
 FR BND n1_l5_affine_40
 FR BND n1_l5_affine_41
 FR BND n1_l5_affine_42
 FR BND n1_l5_affine_43
 FR BND n1_l5_affine_44
 FR BND n1_l5_affine_45
 FR BND n1_l5_affine_46
 FR BND n1_l5_affine_47
 FR BND n1_l5_affine_48
 FR BND n1_l5_affine_49
 FR BND n1_l5_affine_50
 FR BND n1_l5_affine_51
 FR BND n1_l5_affine_52
 FR BND n1_l5_affine_53
 FR BND n1_l5_affine_54
 FR BND n1_l5_affine_55
 FR BND n1_l5_affine_56
 FR BND n1_l5_affine_57
 FR BND n1_l5_affine_58
 FR BND n1_l5_affine_59
 UP BND n1_l6_relu_8 0.13302113011687522
 LO BND n1_l6_relu_d_8 0
 UP BND n1_l6_relu_d_8 1
 UP BND n1_l6_relu_9 0.18982968290158378
 LO BND n1_l6_relu_d_9 0
 UP BND n1_l6_relu_d_9 1
 UP BND n1_l6_relu_14 0.23360157633327022
 LO BND n1_l6_relu_d_14 0
 UP BND n1_l6_relu_d_14 1
 UP BND n1_l6_relu_35 0.03733523936695665
 LO BND n1_l6_relu_d_35 0
 UP BND n1_l6_relu_d_35 1
 UP BND n1_l6_relu_41 0.14097402601732048
 LO BND n1_l6_relu_d_41 0
 UP BND n1_l6_relu_d_41 1
 UP BND n1_l6_relu_58 0.08814001833437968
 LO BND n1_l6_relu_d_58 0
 UP BND n1_l6_relu_d_58 1
 FR BND n1_l7_affine_0
 FR BND n1_l7_affine_1
 FR BND n1_l7_affine_2
 FR BND n1_l7_affine_3
 FR BND n1_l7_affine_4
 FR BND n1_l7_affine_5
 FR BND n1_l7_affine_6
 FR BND n1_l7_affine_7
 FR BND n1_l7_affine_8
 FR BND n1_l7_affine_9
 FR BND n1_l7_affine_10
 FR BND n1_l7_affine_11
 FR BND n1_l7_affine_12
 FR BND n1_l7_affine_13
 FR BND n1_l7_affine_14
 FR BND n1_l7_affine_15
 FR BND n1_l7_affine_16
 FR BND n1_l7_affine_17
 FR BND n1_l7_affine_18
 FR BND n1_l7_affine_19
 FR BND n1_l7_affine_20
 FR BND n1_l7_affine_21
 FR BND n1_l7_affine_22
 FR BND n1_l7_affine_23
 FR BND n1_l7_affine_24
 FR BND n1_l7_affine_25
 FR BND n1_l7_affine_26
 FR BND n1_l7_affine_27
 FR BND n1_l7_affine_28
 FR BND n1_l7_affine_29
 FR BND n1_l7_affine_30
 FR BND n1_l7_affine_31
 FR BND n1_l7_affine_32
 FR BND n1_l7_affine_33
 FR BND n1_l7_affine_34
 FR BND n1_l7_affine_35
 FR BND n1_l7_affine_36
 FR BND n1_l7_affine_37
 FR BND n1_l7_affine_38
 FR BND n1_l7_affine_39
 UP BND n1_l8_relu_13 0.15735739412281396
 LO BND n1_l8_relu_d_13 0
 UP BND n1_l8_relu_d_13 1
 UP BND n1_l8_relu_15 0.5371260816867148
 LO BND n1_l8_relu_d_15 0
 UP BND n1_l8_relu_d_15 1
 UP BND n1_l8_relu_27 0.3020436983663277
 LO BND n1_l8_relu_d_27 0
 UP BND n1_l8_relu_d_27 1
 UP BND n1_l8_relu_35 0.1530013250249163
 LO BND n1_l8_relu_d_35 0
 UP BND n1_l8_relu_d_35 1
 FR BND n1_l9_affine_0
 FR BND n1_l9_affine_1
 FR BND n1_l9_affine_2
 FR BND n1_l9_affine_3
 FR BND n1_l9_affine_4
 FR BND n1_l9_affine_5
 FR BND n1_l9_affine_6
 FR BND n1_l9_affine_7
 FR BND n1_l9_affine_8
 FR BND n1_l9_affine_9
 FR BND n1_l9_affine_10
 FR BND n1_l9_affine_11
 FR BND n1_l9_affine_12
 FR BND n1_l9_affine_13
 FR BND n1_l9_affine_14
 FR BND n1_l9_affine_15
 FR BND n1_l9_affine_16
 FR BND n1_l9_affine_17
 FR BND n1_l9_affine_18
 FR BND n1_l9_affine_19
 UP BND n1_l10_relu_0 0.32805292804322483
 LO BND n1_l10_relu_d_0 0
 UP BND n1_l10_relu_d_0 1
 UP BND n1_l10_relu_1 0.5522292321984784
 LO BND n1_l10_relu_d_1 0
 UP BND n1_l10_relu_d_1 1
 UP BND n1_l10_relu_5 0.3777026789671799
 LO BND n1_l10_relu_d_5 0
 UP BND n1_l10_relu_d_5 1
 FR BND n1_l11_affine_0
 FR BND n1_l11_affine_1
 FR BND n1_l11_affine_2
 FR BND n1_l11_affine_3
 FR BND n1_l11_affine_4
 FR BND n1_l11_affine_5
 FR BND n1_l11_affine_6
 FR BND n1_l11_affine_7
 FR BND n1_l11_affine_8
 FR BND n1_l11_affine_9
 FR BND n2_l1_affine_0
 FR BND n2_l1_affine_1
 FR BND n2_l1_affine_2
 FR BND n2_l1_affine_3
 FR BND n2_l1_affine_4
 FR BND n2_l1_affine_5
 FR BND n2_l1_affine_6
 FR BND n2_l1_affine_7
 FR BND n2_l1_affine_8
 FR BND n2_l1_affine_9
 FR BND n2_l1_affine_10
 FR BND n2_l1_affine_11
 FR BND n2_l1_affine_12
 FR BND n2_l1_affine_13
 FR BND n2_l1_affine_14
 FR BND n2_l1_affine_15
 FR BND n2_l1_affine_16
 FR BND n2_l1_affine_17
 FR BND n2_l1_affine_18
 FR BND n2_l1_affine_19
 FR BND n2_l1_affine_20
 FR BND n2_l1_affine_21
 FR BND n2_l1_affine_22
 FR BND n2_l1_affine_23
 FR BND n2_l1_affine_24
 FR BND n2_l1_affine_25
 FR BND n2_l1_affine_26
 FR BND n2_l1_affine_27
 FR BND n2_l1_affine_28
 FR BND n2_l1_affine_29
 FR BND n2_l1_affine_30
 FR BND n2_l1_affine_31
 FR BND n2_l1_affine_32
 FR BND n2_l1_affine_33
 FR BND n2_l1_affine_34
 FR BND n2_l1_affine_35
 FR BND n2_l1_affine_36
 FR BND n2_l1_affine_37
 FR BND n2_l1_affine_38
 FR BND n2_l1_affine_39
 UP BND n2_l2_relu_7 0.10935143095823872
 LO BND n2_l2_relu_d_7 0
 UP BND n2_l2_relu_d_7 1
 FR BND n2_l3_affine_0
 FR BND n2_l3_affine_1
 FR BND n2_l3_affine_2
 FR BND n2_l3_affine_3
 FR BND n2_l3_affine_4
 FR BND n2_l3_affine_5
 FR BND n2_l3_affine_6
 FR BND n2_l3_affine_7
 FR BND n2_l3_affine_8
 FR BND n2_l3_affine_9
 FR BND n2_l3_affine_10
 FR BND n2_l3_affine_11
 FR BND n2_l3_affine_12
 FR BND n2_l3_affine_13
 FR BND n2_l3_affine_14
 FR BND n2_l3_affine_15
 FR BND n2_l3_affine_16
 FR BND n2_l3_affine_17
 FR BND n2_l3_affine_18
 FR BND n2_l3_affine_19
 FR BND n2_l3_affine_20
 FR BND n2_l3_affine_21
 FR BND n2_l3_affine_22
 FR BND n2_l3_affine_23
 FR BND n2_l3_affine_24
 FR BND n2_l3_affine_25
 FR BND n2_l3_affine_26
 FR BND n2_l3_affine_27
 FR BND n2_l3_affine_28
 FR BND n2_l3_affine_29
 FR BND n2_l3_affine_30
 FR BND n2_l3_affine_31
 FR BND n2_l3_affine_32
 FR BND n2_l3_affine_33
 FR BND n2_l3_affine_34
 FR BND n2_l3_affine_35
 FR BND n2_l3_affine_36
 FR BND n2_l3_affine_37
 FR BND n2_l3_affine_38
 FR BND n2_l3_affine_39
 UP BND n2_l4_relu_4 0.17509166571483845
 LO BND n2_l4_relu_d_4 0
 UP BND n2_l4_relu_d_4 1
 UP BND n2_l4_relu_8 0.056750144563236016
 LO BND n2_l4_relu_d_8 0
 UP BND n2_l4_relu_d_8 1
 UP BND n2_l4_relu_25 0.05019589193611197
 LO BND n2_l4_relu_d_25 0
 UP BND n2_l4_relu_d_25 1
 UP BND n2_l4_relu_38 0.27241970592991066
 LO BND n2_l4_relu_d_38 0
 UP BND n2_l4_relu_d_38 1
 FR BND n2_l5_affine_0
 FR BND n2_l5_affine_1
 FR BND n2_l5_affine_2
 FR BND n2_l5_affine_3
 FR BND n2_l5_affine_4
 FR BND n2_l5_affine_5
 FR BND n2_l5_affine_6
 FR BND n2_l5_affine_7
 FR BND n2_l5_affine_8
 FR BND n2_l5_affine_9
ENDATA
