# error: unbound-name
# line: 6
def total_cost(price, quantity):
    subtotal = price * quantity
    tax = subtotal * 0.2
    return subtotl + tax


print(total_cost(2.5, 4))
