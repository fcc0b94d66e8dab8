# math: the last bit of libm-backed functions where glibc's result is not the
# correctly rounded one (CPython calls glibc), and of hypot, which CPython
# computes itself (3.11's method; subnormal coordinates are divided by the largest)
import math

H = float.fromhex

ONE = {
    'sin': [
        '-0x1.1c808225d6c12p+3', '-0x1.370615d83d838p+3', '-0x1.76689208e0a4ap+2',
        '0x1.09374bc6a7efap-2', '0x1.23b9834b81990p+24', '0x1.4ceac4a8541f8p+17',
        '0x1.5921cac083127p+7', '0x1.667bd45b9640dp+1',
    ],
    'cos': [
        '-0x1.43f9423419493p+2', '-0x1.921fb54442d19p+0', '0x1.13b7ccbf28f78p+0',
        '0x1.1a1ba5e353f7dp+6', '0x1.5bc407428e373p+7', '0x1.7f1e240c5dabdp+411',
        '0x1.c09e353f7ced9p+7', '0x1.cd39f403e4d51p+17',
    ],
    'exp': [
        '-0x1.0dd80ea56284bp+9', '-0x1.1c9dd51e7164cp+7', '-0x1.614da53e51d29p+9',
        '-0x1.6321c544a1d34p+9', '-0x1.c1be76c8b4396p+4', '-0x1.cc1e6be1f6dd4p+1',
        '0x1.268c9f2329346p+1', '0x1.2e01a5bd017dep+3',
    ],
    'log': [
        '0x1.0766bd3efc49dp+0', '0x1.2ff3b645a1cacp+5', '0x1.5db22d0e56042p+0',
        '0x1.6a09e667f3bc1p+0', '0x1.84cd4fdf3b646p+7', '0x1.89505338f027dp+6',
        '0x1.900178779c3a2p-1', '0x1.9187ae147ae15p+7',
    ],
    'log10': [
        '0x1.4277ced916873p+7', '0x1.6a09e667f3bc1p+77', '0x1.6bd2661387a57p+6',
        '0x1.8bddb1fa02338p+6', '0x1.a1e70d6127fa6p+6', '0x1.a37ba83a9e0b5p-1',
        '0x1.dfa24dd2f1aa0p+7', '0x1.dfc49ba5e3540p+6',
    ],
}
for name, args in ONE.items():
    for x in args:
        print(name, x, getattr(math, name)(H(x)).hex())

TWO = {
    'atan2': [
        ('0x1.5731bbcf732b4p+12', '-0x1.0c1edaba11fa4p+11'),
        ('-0x1.65ff8b5838e02p-9', '0x1.dd54b9caf680ep-6'),
        ('-0x0.00000e2262f2ep-1022', '0x1.94eaa4e62be36p-1002'),
        ('-0x1.e26f725b304a7p-1', '0x1.7c72e44b27723p+2'),
        ('0x1.abd999999999ap+7', '0x1.add999999999ap+7'),
        ('0x1.128a716552e45p-3', '0x1.48f84709dfd44p+0'),
        ('-0x1.6c9b672caf3e5p+0', '0x1.801f9924edd99p+2'),
        ('0x1.326f62e508c58p-4', '0x1.bdb94a0752949p-2'),
    ],
    'hypot': [
        ('0x0.0492784fee8eep-1022', '-0x0.36d74fcd10292p-1022'),
        ('-0x0.155ba352cbca2p-1022', '-0x0.155ba352cbca4p-1022'),
        ('-0x0.00fc72f12ed6fp-1022', '0x0.10b03c19d991dp-1022'),
        ('-0x0.02f40bc7324edp-1022', '-0x0.0b439f5c8288ep-1022'),
        ('-0x0.33ddb913dca56p-1022', '-0x0.0455f1077e4b8p-1022'),
        ('-0x0.03b95e3d675c9p-1022', '-0x0.0ddfe8a3d6ba9p-1022'),
        ('0x0.000015f5b5b0dp-1022', '0x0.35159c0e923f0p-1022'),
        ('-0x0.0c3e4a38de2efp-1022', '-0x0.00001bc0b340fp-1022'),
    ],
}
for name, args in TWO.items():
    for y, x in args:
        print(name, y, x, getattr(math, name)(H(y), H(x)).hex())

# arguments of the kind the benchmarks use
for i in (16681, 26348, 138880, 7000, 123457):
    x = i * 0.001
    print(i, math.sin(x).hex(), math.cos(x).hex(), math.exp(-x).hex(), math.log(x + 1.0).hex(),
          math.atan2(x, 1.0 + x).hex(), math.hypot(x, 0.5).hex())
